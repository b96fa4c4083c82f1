package dev.quorum.voting.vote.web;

import static dev.quorum.voting.testing.VotingFixtures.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.voting.testing.VotingFixtures.Committee;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;

/** The live tally: snapshots with the vote's version as id, one closing event, resume by Last-Event-ID. */
@QuorumIntegrationTest
class VoteStreamIT {
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void streamsTalliesThenTheResultAndResumesFromTheLastEventId() throws Exception {
        Committee sco = Committee.of(2);
        String voteId = newId();
        sco.publishCommitteeEvent(VoteFlowIT.VOTE_REQUESTED, sco.voteRequested(voteId));
        ApiClient chair = ApiClient.local(port).withToken(sco.chairToken());
        await().atMost(VoteFlowIT.WAIT)
                .until(() -> chair.get("/api/votes/" + voteId).status() == 200);
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<HttpResponse<Void>> stream = http.sendAsync(
                        streamRequest(sco, voteId, null), HttpResponse.BodyHandlers.ofLines())
                .thenApply(r -> {
                    r.body().forEach(lines::add);
                    return null;
                });
        await().atMost(VoteFlowIT.WAIT).until(() -> lines.contains("event:tally"));

        chair.post(VoteFlowIT.ballots(voteId), VoteFlowIT.ballot(sco.seatIds().get(0), "YES"));
        chair.post(VoteFlowIT.ballots(voteId), VoteFlowIT.ballot(sco.seatIds().get(1), "YES"));

        stream.get(30, java.util.concurrent.TimeUnit.SECONDS); // the stream ends after the result
        assertThat(lines).contains(":connected", "event:closed");
        assertThat(lines.stream().filter("event:closed"::equals)).hasSize(1);
        String closedData = lines.get(lines.indexOf("event:closed") + 1);
        assertThat(closedData).contains("\"outcome\":\"ADOPTED\"").contains("\"status\":\"CLOSED\"");
        String lastId = lines.stream()
                .filter(l -> l.startsWith("id:"))
                .reduce((a, b) -> b)
                .orElseThrow();
        long closedVersion =
                chair.get("/api/votes/" + voteId).json().get("version").asLong();
        assertThat(lastId).isEqualTo("id:" + closedVersion);

        List<String> resumed = http.send(
                        streamRequest(sco, voteId, lastId.substring(3)), HttpResponse.BodyHandlers.ofLines())
                .body()
                .toList();
        List<String> fresh = http.send(streamRequest(sco, voteId, null), HttpResponse.BodyHandlers.ofLines())
                .body()
                .toList();
        assertThat(resumed).as("nothing newer than the last event").doesNotContain("event:closed");
        assertThat(fresh).as("a new client gets the result").contains("event:closed");
    }

    @Test
    void anOpenRollCallsTallyNamesEverySeatThatVotedSoFar() {
        Committee sco = Committee.of(3);
        String voteId = newId();
        ObjectNode requested = sco.voteRequested(voteId);
        requested.put("method", "ROLL_CALL");
        sco.publishCommitteeEvent(VoteFlowIT.VOTE_REQUESTED, requested);
        ApiClient chair = ApiClient.local(port).withToken(sco.chairToken());
        await().atMost(VoteFlowIT.WAIT)
                .until(() -> chair.get("/api/votes/" + voteId).status() == 200);
        List<String> lines = new CopyOnWriteArrayList<>();
        // Read on a thread of its own: blocking the client's thread can stall the stream.
        http.sendAsync(streamRequest(sco, voteId, null), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> CompletableFuture.runAsync(() -> r.body().forEach(lines::add)));
        await().atMost(VoteFlowIT.WAIT).until(() -> lines.contains("event:tally"));

        chair.post(VoteFlowIT.ballots(voteId), VoteFlowIT.ballot(sco.seatIds().get(0), "YES"));
        chair.post(VoteFlowIT.ballots(voteId), VoteFlowIT.ballot(sco.seatIds().get(1), "NO"));

        // The tally after the second ballot names both voters, not only the seat it came from.
        await().atMost(VoteFlowIT.WAIT)
                .until(() -> lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains("\"notVoting\":1")));
        String tally = lines.stream()
                .filter(l -> l.startsWith("data:") && l.contains("\"notVoting\":1"))
                .findFirst()
                .orElseThrow();
        assertThat(tally)
                .contains("\"seatId\":\"" + sco.seatIds().get(0) + "\",\"name\":\"Country 0\",\"choice\":\"YES\"")
                .contains("\"seatId\":\"" + sco.seatIds().get(1) + "\",\"name\":\"Country 1\",\"choice\":\"NO\"");
        chair.post("/api/votes/" + voteId + "/close", ""); // ends the stream
    }

    private HttpRequest streamRequest(Committee sco, String voteId, String lastEventId) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/votes/" + voteId + "/stream"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + sco.chairToken())
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            builder.header("Last-Event-ID", lastEventId);
        }
        return builder.GET().build();
    }
}
