package dev.quorum.voting.vote.web;

import static dev.quorum.voting.testing.VotingFixtures.newId;
import static dev.quorum.voting.testing.VotingFixtures.votingEvents;
import static dev.quorum.voting.vote.web.VoteFlowIT.ballot;
import static dev.quorum.voting.vote.web.VoteFlowIT.ballots;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.voting.rules.domain.Choice;
import dev.quorum.voting.testing.VotingFixtures.Committee;
import dev.quorum.voting.vote.application.BallotRepository;
import dev.quorum.voting.vote.domain.Ballot;
import dev.quorum.voting.vote.domain.SeatBallot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the rule and the method let a seat do with its ballot, through the API: changing a vote,
 * passing on a roll call, a secret vote's views, and a ballot the close overtook.
 */
@QuorumIntegrationTest
class BallotRulesIT {
    @LocalServerPort
    int port;

    @Autowired
    BallotRepository ballotStore;

    @Test
    void aSeatChangesItsVoteOnlyWhereTheRuleAllowsIt() {
        Committee changing = Committee.of(3);
        String changeable = open(changing, data -> ((ObjectNode) data.get("rule")).put("changeAllowed", true));
        Committee fixed = Committee.of(3);
        String unchangeable = open(fixed, data -> {});
        ApiClient chairOfChanging = chair(changing);
        ApiClient chairOfFixed = chair(fixed);

        chairOfChanging.post(ballots(changeable), ballot(changing.seatIds().get(0), "YES"));
        ApiClient.Response changed = chairOfChanging.post(
                ballots(changeable), ballot(changing.seatIds().get(0), "NO"));
        chairOfFixed.post(ballots(unchangeable), ballot(fixed.seatIds().get(0), "YES"));
        ApiClient.Response refused =
                chairOfFixed.post(ballots(unchangeable), ballot(fixed.seatIds().get(0), "NO"));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("revision").asInt()).isEqualTo(2);
        JsonNode counts = chairOfChanging.get("/api/votes/" + changeable).json().get("counts");
        assertThat(counts.get("yes").asInt()).isZero();
        assertThat(counts.get("no").asInt()).isEqualTo(1);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        JsonNode unchanged =
                chairOfFixed.get("/api/votes/" + unchangeable).json().get("counts");
        assertThat(unchanged.get("yes").asInt()).isEqualTo(1);
        assertThat(unchanged.get("no").asInt()).isZero();
    }

    @Test
    void onARollCallASeatPassesOnceThenVotesYes() {
        Committee sco = Committee.of(3);
        // Changes allowed, so that only the pass rule can refuse the last PASS.
        String voteId = open(sco, data -> {
            data.put("method", "ROLL_CALL");
            ((ObjectNode) data.get("rule")).put("changeAllowed", true);
        });
        ApiClient chair = chair(sco);
        String seat = sco.seatIds().get(0);

        ApiClient.Response pass = chair.post(ballots(voteId), ballot(seat, "PASS"));
        ApiClient.Response retry = chair.post(ballots(voteId), ballot(seat, "PASS"));
        JsonNode afterPass = chair.get("/api/votes/" + voteId).json();
        ApiClient.Response yes = chair.post(ballots(voteId), ballot(seat, "YES"));
        ApiClient.Response passAgain = chair.post(ballots(voteId), ballot(seat, "PASS"));

        assertThat(pass.status()).as(pass.body()).isEqualTo(200);
        assertThat(retry.status()).as("the same answer again is a retry").isEqualTo(200);
        assertThat(retry.json().get("revision").asInt()).isEqualTo(1);
        assertThat(afterPass.get("counts").get("pass").asInt()).isEqualTo(1);
        assertThat(afterPass.get("counts").get("notVoting").asInt())
                .as("a pass is not a vote")
                .isEqualTo(3);
        assertThat(yes.status()).as(yes.body()).isEqualTo(200);
        assertThat(yes.json().get("revision").asInt()).isEqualTo(2);
        assertThat(passAgain.status()).as(passAgain.body()).isEqualTo(400);
        assertThat(passAgain.body()).contains("\"choice\"");
        JsonNode vote = chair.get("/api/votes/" + voteId).json();
        assertThat(vote.get("counts").get("yes").asInt()).isEqualTo(1);
        assertThat(vote.get("counts").get("pass").asInt()).isZero();
        assertThat(vote.get("counts").get("notVoting").asInt()).isEqualTo(2);
        assertThat(vote.get("ballots").get(0).get("seatId").asString())
                .as("an open roll call names its voters")
                .isEqualTo(seat);
        assertThat(vote.get("ballots").get(0).get("choice").asString()).isEqualTo("YES");
    }

    @Test
    void aSecretVoteNamesNoSeatInItsViewItsStreamOrItsEvents() throws Exception {
        Committee sco = Committee.of(2);
        String voteId = open(sco, data -> data.put("method", "ROLL_CALL").put("secret", true));
        ApiClient chair = chair(sco);

        chair.post(ballots(voteId), ballot(sco.seatIds().get(0), "YES"));
        JsonNode open = chair.get("/api/votes/" + voteId).json();
        chair.post(ballots(voteId), ballot(sco.seatIds().get(1), "NO"));
        // The vote closed with the last seat: the stream answers the result and ends.
        List<String> stream = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + port + "/api/votes/" + voteId + "/stream"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + sco.chairToken())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofLines())
                .body()
                .toList();

        assertThat(open.get("counts").get("yes").asInt()).isEqualTo(1);
        assertThat(open.has("ballots")).as("no per-seat record while open").isFalse();
        assertThat(chair.get("/api/votes/" + voteId).json().has("ballots")).isFalse();
        String closed = stream.get(stream.indexOf("event:closed") + 1);
        assertThat(closed).contains("\"no\":1").doesNotContain("\"ballots\"").doesNotContain("\"choice\"");
        await().atMost(VoteFlowIT.WAIT)
                .until(() -> votingEvents("quorum.voting.BallotCast.v1", voteId).size() == 2);
        assertThat(votingEvents("quorum.voting.BallotCast.v1", voteId))
                .allSatisfy(e -> assertThat(e.has("seatId") || e.has("choice") || e.has("withRights"))
                        .isFalse());
    }

    @Test
    void aBallotTheCloseOvertookIsWithdrawnAndRefused() {
        Committee sco = Committee.of(3);
        String voteId = open(sco, data -> {});
        ApiClient chair = chair(sco);
        String seat = sco.seatIds().get(0);
        // Accepted but not counted yet when the chair closes (its request still on its way); cast
        // "later" than now so that the reconciler leaves it to its request.
        SeatBallot yes = new SeatBallot(Choice.YES, false, 1, false);
        Instant castAt = Instant.now().plus(Duration.ofHours(1));
        assertThat(ballotStore.insert(new Ballot(voteId, seat, yes, Optional.empty(), false, "chair", castAt, 1)))
                .isTrue();
        JsonNode closed = chair.post("/api/votes/" + voteId + "/close", "").json();

        ApiClient.Response finishing = chair.post(ballots(voteId), ballot(seat, "YES"));

        assertThat(finishing.status()).as(finishing.body()).isEqualTo(409);
        assertThat(finishing.body()).contains("closed");
        assertThat(ballotStore.find(voteId, seat)).as("withdrawn").isEmpty();
        JsonNode after = chair.get("/api/votes/" + voteId).json();
        assertThat(after.get("counts").get("yes").asInt()).isZero();
        assertThat(after.get("version").asLong())
                .isEqualTo(closed.get("version").asLong());
        await().atMost(VoteFlowIT.WAIT)
                .until(() -> votingEvents("quorum.voting.VoteClosed.v1", voteId).size() == 1);
        assertThat(votingEvents("quorum.voting.BallotCast.v1", voteId)).isEmpty();
    }

    /** Publishes the committee's golden VoteRequested, changed by {@code change}, and waits for the vote. */
    private String open(Committee c, Consumer<ObjectNode> change) {
        String voteId = newId();
        ObjectNode data = c.voteRequested(voteId);
        change.accept(data);
        c.publishCommitteeEvent(VoteFlowIT.VOTE_REQUESTED, data);
        await().atMost(VoteFlowIT.WAIT)
                .until(() -> chair(c).get("/api/votes/" + voteId).status() == 200);
        return voteId;
    }

    private ApiClient chair(Committee c) {
        return ApiClient.local(port).withToken(c.chairToken());
    }
}
