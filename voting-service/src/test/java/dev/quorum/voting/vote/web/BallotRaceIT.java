package dev.quorum.voting.vote.web;

import static dev.quorum.voting.testing.VotingFixtures.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.KafkaTestClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.platform.test.Race;
import dev.quorum.voting.testing.VotingFixtures;
import dev.quorum.voting.testing.VotingFixtures.Committee;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 400 seats of one committee vote at the same moment as 30 small committees, with client retries
 * mixed in: no ballot is lost or counted twice, and each vote closes exactly once (the last
 * ballots of every small vote race each other for the close).
 */
@QuorumIntegrationTest
class BallotRaceIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** One ballot to send: the seat's choice, cast by its committee's chair. */
    record Cast(Committee committee, String voteId, String seatId, String choice) {}

    @Test
    void finalCountsEqualTheBallotsAcceptedAndEveryVoteClosesOnce() throws Exception {
        Committee big = Committee.of(400);
        List<Committee> small = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            small.add(Committee.of(4));
        }
        Map<Committee, String> votes = new HashMap<>();
        votes.put(big, newId());
        small.forEach(c -> votes.put(c, newId()));
        votes.forEach((c, voteId) -> c.publishCommitteeEvent(VoteFlowIT.VOTE_REQUESTED, c.voteRequested(voteId)));
        votes.forEach((c, voteId) -> await().atMost(VoteFlowIT.WAIT)
                .until(() -> ApiClient.local(port)
                                .withToken(c.chairToken())
                                .get("/api/votes/" + voteId)
                                .status()
                        == 200));

        List<Cast> casts = new ArrayList<>();
        votes.forEach((c, voteId) -> {
            for (int i = 0; i < c.seatIds().size(); i++) {
                casts.add(new Cast(c, voteId, c.seatIds().get(i), i % 3 == 0 ? "NO" : "YES"));
            }
        });
        // Client retries of the same ballots, released together with the originals.
        for (int i = 0; i < 40; i++) {
            casts.add(new Cast(big, votes.get(big), big.seatIds().get(i), i % 3 == 0 ? "NO" : "YES"));
        }
        Map<String, String> tokens = new HashMap<>();
        votes.keySet().forEach(c -> tokens.put(c.committeeId(), c.chairToken()));

        List<Integer> statuses =
                Race.run(casts, cast -> send(cast, tokens.get(cast.committee().committeeId())));

        Map<String, Set<String>> acceptedSeats = new HashMap<>();
        Map<String, Map<String, Long>> acceptedChoices = new HashMap<>();
        for (int i = 0; i < casts.size(); i++) {
            Cast cast = casts.get(i);
            assertThat(statuses.get(i)).as("only success or a transient 409").isIn(200, 409);
            if (statuses.get(i) == 200
                    && acceptedSeats
                            .computeIfAbsent(cast.voteId(), v -> new HashSet<>())
                            .add(cast.seatId())) {
                acceptedChoices
                        .computeIfAbsent(cast.voteId(), v -> new HashMap<>())
                        .merge(cast.choice(), 1L, Long::sum);
            }
        }
        assertThat(acceptedSeats.get(votes.get(big)))
                .as("every seat's ballot was accepted once")
                .hasSize(400);
        for (Map.Entry<Committee, String> vote : votes.entrySet()) {
            JsonNode counted = ApiClient.local(port)
                    .withToken(vote.getKey().chairToken())
                    .get("/api/votes/" + vote.getValue())
                    .json();
            Map<String, Long> accepted = acceptedChoices.get(vote.getValue());
            assertThat(counted.get("counts").get("yes").asLong()).isEqualTo(accepted.getOrDefault("YES", 0L));
            assertThat(counted.get("counts").get("no").asLong()).isEqualTo(accepted.getOrDefault("NO", 0L));
            assertThat(counted.get("status").asString()).isEqualTo("CLOSED");
            assertThat(counted.get("closedBy").asString()).isEqualTo("ALL_VOTED");
        }
        assertExactlyOneVoteClosedPerVote(Set.copyOf(votes.values()));
    }

    private void assertExactlyOneVoteClosedPerVote(Set<String> voteIds) {
        Map<String, Long> closed = new HashMap<>();
        await().atMost(VoteFlowIT.WAIT).until(() -> {
            closed.clear();
            closed.putAll(KafkaTestClient.readToEnd(VotingFixtures.VOTING_EVENTS, VoteFlowIT.WAIT).stream()
                    .filter(r -> "quorum.voting.VoteClosed.v1".equals(KafkaTestClient.header(r, "ce_type")))
                    .map(r -> JSON.readTree(new String(r.value(), StandardCharsets.UTF_8))
                            .get("voteId")
                            .asString())
                    .filter(voteIds::contains)
                    .collect(Collectors.groupingBy(id -> id, Collectors.counting())));
            return closed.size() == voteIds.size();
        });
        assertThat(closed.values()).as("VoteClosed per vote").containsOnly(1L);
    }

    private int send(Cast cast, String token) throws Exception {
        String body = JSON.writeValueAsString(Map.of("seatId", cast.seatId(), "choice", cast.choice()));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + VoteFlowIT.ballots(cast.voteId())))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
