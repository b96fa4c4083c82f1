package dev.quorum.voting.vote.web;

import static dev.quorum.voting.testing.VotingFixtures.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.platform.test.Race;
import dev.quorum.voting.VotingApplication;
import dev.quorum.voting.testing.VotingFixtures;
import dev.quorum.voting.testing.VotingFixtures.Committee;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Two voting-service instances on one store and broker, as two replicas run: this test's
 * application (A) and a second one started beside it (B). A ballot accepted by A reaches the live
 * tally that B serves, and when the last two seats vote on different instances at the same moment
 * the vote closes once.
 */
@QuorumIntegrationTest
class VoteInstancesIT {
    private static ConfigurableApplicationContext instanceB;

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    static void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @Test
    void aBallotOnOneInstanceReachesTheStreamOfTheOtherAndTheVoteClosesOnce() throws Exception {
        int portOfB = startInstanceB();
        Committee sco = Committee.of(3);
        String voteId = newId();
        sco.publishCommitteeEvent(VoteFlowIT.VOTE_REQUESTED, sco.voteRequested(voteId));
        ApiClient onA = ApiClient.local(port).withToken(sco.chairToken());
        ApiClient onB = ApiClient.local(portOfB).withToken(sco.chairToken());
        await().atMost(VoteFlowIT.WAIT)
                .until(() -> onB.get("/api/votes/" + voteId).status() == 200);

        List<String> streamOfB = new CopyOnWriteArrayList<>();
        // Read on a thread of its own: blocking the client's thread can stall the stream.
        CompletableFuture<Void> ended = http.sendAsync(
                        streamRequest(portOfB, sco, voteId), HttpResponse.BodyHandlers.ofLines())
                .thenCompose(r -> CompletableFuture.runAsync(() -> r.body().forEach(streamOfB::add)));
        await().atMost(VoteFlowIT.WAIT).until(() -> streamOfB.contains("event:tally"));

        ApiClient.Response first = onA.post(
                VoteFlowIT.ballots(voteId), VoteFlowIT.ballot(sco.seatIds().get(0), "YES"));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        await().atMost(VoteFlowIT.WAIT)
                .alias("the ballot A counted, on the tally B serves")
                .until(() -> streamOfB.stream().anyMatch(l -> l.startsWith("data:") && l.contains("\"yes\":1")));

        // The last two seats, one on each instance, released together: both may try to close.
        List<Integer> statuses = Race.run(
                List.of(
                        new Cast(onA, sco.seatIds().get(1)),
                        new Cast(onB, sco.seatIds().get(2))),
                c -> c.client()
                        .post(VoteFlowIT.ballots(voteId), VoteFlowIT.ballot(c.seatId(), "NO"))
                        .status());
        assertThat(statuses).containsOnly(200);

        ended.get(VoteFlowIT.WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS); // closing ends it
        assertThat(streamOfB.stream().filter("event:closed"::equals)).hasSize(1);
        String closed = streamOfB.get(streamOfB.indexOf("event:closed") + 1);
        assertThat(closed)
                .contains("\"status\":\"CLOSED\"")
                .contains("\"yes\":1")
                .contains("\"no\":2");
        await().atMost(VoteFlowIT.WAIT)
                .until(() -> VotingFixtures.votingEvents("quorum.voting.BallotCast.v1", voteId)
                                .size()
                        >= 3);
        assertThat(VotingFixtures.votingEvents("quorum.voting.VoteClosed.v1", voteId))
                .hasSize(1);
        assertThat(VotingFixtures.votingEvents("quorum.voting.BallotCast.v1", voteId))
                .hasSize(3);
        assertThat(onA.get("/api/votes/" + voteId)
                        .json()
                        .get("counts")
                        .get("no")
                        .asInt())
                .isEqualTo(2);
    }

    record Cast(ApiClient client, String seatId) {}

    /** Starts B once, on A's database and consumer group, as a second replica would run. */
    private int startInstanceB() {
        if (instanceB == null) {
            // as command-line arguments: they take precedence over the service's own configuration
            String[] args = Stream.of(
                            "spring.kafka.bootstrap-servers",
                            "spring.mongodb.uri",
                            "spring.mongodb.database",
                            "spring.kafka.consumer.group-id",
                            "quorum.security.jwks-uri")
                    .map(key -> "--" + key + "=" + environment.getRequiredProperty(key))
                    .toArray(String[]::new);
            instanceB = new SpringApplicationBuilder(VotingApplication.class)
                    // the test configurations of other test classes are not part of an instance
                    .initializers(context -> context.getBeanFactory()
                            .registerSingleton("skipTestConfigurations", new SkipTestConfigurations()))
                    .run(Stream.concat(Stream.of(args), Stream.of("--server.port=0"))
                            .toArray(String[]::new));
        }
        return ((WebServerApplicationContext) instanceB).getWebServer().getPort();
    }

    private HttpRequest streamRequest(int port, Committee sco, String voteId) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/votes/" + voteId + "/stream"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + sco.chairToken())
                .header("Accept", "text/event-stream")
                .GET()
                .build();
    }

    static final class SkipTestConfigurations extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SkipTestConfigurations;
        }

        @Override
        public int hashCode() {
            return SkipTestConfigurations.class.hashCode();
        }
    }
}
