package dev.quorum.voting.vote.web;

import static dev.quorum.voting.testing.VotingFixtures.newId;
import static dev.quorum.voting.testing.VotingFixtures.votingEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.platform.security.Roles;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.platform.test.TestTokens;
import dev.quorum.voting.testing.VotingFixtures.Committee;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A vote from VoteRequested to VoteClosed, through the API and the real broker and store. */
@QuorumIntegrationTest
class VoteFlowIT {
    static final String VOTE_REQUESTED = "quorum.committee.VoteRequested.v1";
    static final String SEATED = "quorum.registration.DelegateSeated.v1";
    static final String UNSEATED = "quorum.registration.DelegateUnseated.v1";
    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Test
    void aRequestedVoteOpensOnceAndClosesItselfWhenEverySeatedDelegateVoted() {
        Committee sco = Committee.of(3);
        String voteId = newId();
        sco.publishCommitteeEvent(VOTE_REQUESTED, sco.voteRequested(voteId));
        sco.publishCommitteeEvent(VOTE_REQUESTED, sco.voteRequested(voteId)); // redelivered
        for (int i = 0; i < 3; i++) {
            sco.publishSeating(SEATED, sco.seatIds().get(i), "delegate-" + i, 2);
        }
        awaitVote(sco, voteId);
        awaitSeated(sco, voteId, 2);

        List<String> choices = List.of("YES", "NO", "YES");
        for (int i = 0; i < 3; i++) {
            ApiClient.Response cast =
                    delegate(sco, i).post(ballots(voteId), ballot(sco.seatIds().get(i), choices.get(i)));
            assertThat(cast.status()).as(cast.body()).isEqualTo(200);
        }

        JsonNode closed = chair(sco).get("/api/votes/" + voteId).json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closedBy").asString()).isEqualTo("ALL_VOTED");
        assertThat(closed.get("outcome").asString()).isEqualTo("ADOPTED");
        assertThat(closed.get("counts").get("yes").asInt()).isEqualTo(2);
        assertThat(closed.get("threshold").get("explanation").asString())
                .contains("2")
                .contains("1");
        await().atMost(WAIT)
                .until(() -> votingEvents("quorum.voting.VoteClosed.v1", voteId).size() == 1);
        assertThat(votingEvents("quorum.voting.VoteOpened.v1", voteId)).hasSize(1);
        await().atMost(WAIT)
                .until(() -> votingEvents("quorum.voting.BallotCast.v1", voteId).size() >= 3);
        assertThat(votingEvents("quorum.voting.BallotCast.v1", voteId)).hasSize(3);
        assertThat(votingEvents("quorum.voting.VoteClosed.v1", voteId)
                        .get(0)
                        .get("outcome")
                        .asString())
                .isEqualTo("ADOPTED");
    }

    @Test
    void aDelegateVotesOnlyForTheSeatRegistrationSaysItSitsOn() {
        Committee sco = Committee.of(3);
        String voteId = newId();
        sco.publishCommitteeEvent(VOTE_REQUESTED, sco.voteRequested(voteId));
        String seat0 = sco.seatIds().get(0);
        String seat1 = sco.seatIds().get(1);
        sco.publishSeating(SEATED, seat1, "delegate-1", 2);
        sco.publishSeating(UNSEATED, seat1, "delegate-1", 3);
        sco.publishSeating(SEATED, seat0, "delegate-0", 2);
        awaitVote(sco, voteId);
        awaitSeated(sco, voteId, 0);

        ApiClient tokenSaysSeat1 = ApiClient.local(port).withToken(sco.delegateToken("delegate-1", seat1));
        assertThat(tokenSaysSeat1.post(ballots(voteId), ballot(seat1, "YES")).status())
                .as("unseated since its token was issued")
                .isEqualTo(403);
        assertThat(delegate(sco, 0).post(ballots(voteId), ballot(seat1, "YES")).status())
                .as("another seat")
                .isEqualTo(403);
        ApiClient otherCommitteesChair = ApiClient.local(port)
                .withToken(TestTokens.builder()
                        .roles(Roles.CHAIR)
                        .conferences(sco.conferenceId())
                        .committees(newId())
                        .sign());
        assertThat(otherCommitteesChair
                        .post(ballots(voteId), ballot(seat0, "YES"))
                        .status())
                .isEqualTo(403);
        assertThat(otherCommitteesChair
                        .post("/api/votes/" + voteId + "/close", "")
                        .status())
                .isEqualTo(403);
        ApiClient foreignSecretariat = ApiClient.local(port)
                .withToken(TestTokens.builder()
                        .roles(Roles.SECRETARIAT)
                        .conferences(newId())
                        .sign());
        assertThat(foreignSecretariat.get("/api/votes/" + voteId).status()).isEqualTo(404);
        assertThat(foreignSecretariat
                        .post("/api/votes/" + voteId + "/close", "")
                        .status())
                .isEqualTo(404);
        assertThat(foreignSecretariat
                        .get("/api/votes?committeeId=" + sco.committeeId())
                        .json()
                        .get("items"))
                .isEmpty();

        JsonNode unchanged = chair(sco).get("/api/votes/" + voteId).json();
        assertThat(unchanged.get("status").asString()).isEqualTo("OPEN");
        assertThat(unchanged.get("counts").get("notVoting").asInt()).isEqualTo(3);
    }

    @Test
    void oneBallotPerSeatARetryAnswersAsTheFirstAndNothingAfterClose() {
        Committee sco = Committee.of(3);
        String voteId = newId();
        sco.publishCommitteeEvent(VOTE_REQUESTED, sco.voteRequested(voteId));
        awaitVote(sco, voteId);
        ApiClient chair = chair(sco);
        String seat0 = sco.seatIds().get(0);

        assertThat(chair.post(ballots(voteId), ballot(seat0, "YES")).status()).isEqualTo(200);
        ApiClient.Response retry = chair.post(ballots(voteId), ballot(seat0, "YES"));
        ApiClient.Response other = chair.post(ballots(voteId), ballot(seat0, "NO"));
        ApiClient keyed = chair.withHeader("Idempotency-Key", newId());
        ApiClient.Response first =
                keyed.post(ballots(voteId), ballot(sco.seatIds().get(1), "NO"));
        ApiClient.Response replay =
                keyed.post(ballots(voteId), ballot(sco.seatIds().get(1), "NO"));

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("revision").asInt()).isEqualTo(1);
        assertThat(other.status()).isEqualTo(409);
        assertThat(first.status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        JsonNode closed = chair.post("/api/votes/" + voteId + "/close", "").json();
        assertThat(closed.get("closedBy").asString()).isEqualTo("CHAIR");
        assertThat(closed.get("counts").get("yes").asInt()).isEqualTo(1);
        assertThat(closed.get("counts").get("no").asInt()).isEqualTo(1);
        assertThat(closed.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(chair.post(ballots(voteId), ballot(sco.seatIds().get(2), "YES"))
                        .status())
                .as("after close")
                .isEqualTo(409);
        assertThat(chair.post("/api/votes/" + voteId + "/close", "")
                        .json()
                        .get("version")
                        .asLong())
                .as("closing again changes nothing")
                .isEqualTo(closed.get("version").asLong());
        await().atMost(WAIT)
                .until(() -> votingEvents("quorum.voting.VoteClosed.v1", voteId).size() == 1);
        await().atMost(WAIT)
                .until(() -> votingEvents("quorum.voting.BallotCast.v1", voteId).size() >= 2);
        assertThat(votingEvents("quorum.voting.BallotCast.v1", voteId)).hasSize(2);
    }

    @Test
    void badInputIsA400NamingTheFieldAndStoresNothing() {
        Committee sco = Committee.of(2);
        String voteId = newId();
        sco.publishCommitteeEvent(VOTE_REQUESTED, sco.voteRequested(voteId));
        awaitVote(sco, voteId);
        ApiClient chair = chair(sco);
        String seat0 = sco.seatIds().get(0);

        assertBadField(chair.post(ballots(voteId), Map.of("seatId", seat0, "choice", "MAYBE")), "choice");
        assertBadField(chair.post(ballots(voteId), Map.of("choice", "YES")), "seatId");
        assertBadField(chair.post(ballots(voteId), ballot(seat0, "ABSTAIN")), "choice");
        assertBadField(
                chair.post(ballots(voteId), Map.of("seatId", seat0, "choice", "YES", "withRights", "yes")),
                "withRights");
        assertBadField(chair.post(ballots(voteId), Map.of("seatId", "x".repeat(65), "choice", "YES")), "seatId");
        assertBadField(
                chair.get("/api/votes?sessionId=" + sco.sessionId() + "&committeeId=" + sco.committeeId()),
                "committeeId");
        assertBadField(
                chair.post(
                        "/api/votes",
                        Map.of(
                                "committeeId",
                                sco.committeeId(),
                                "sessionId",
                                sco.sessionId(),
                                "kind",
                                "SOMETIMES",
                                "method",
                                "PLACARD")),
                "kind");

        JsonNode vote = chair.get("/api/votes/" + voteId).json();
        assertThat(vote.get("counts").get("notVoting").asInt()).isEqualTo(2);
        assertThat(vote.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aChairOpensAnAdHocVoteOnTheSessionsLatestRollCall() {
        Committee sco = Committee.of(1);
        ApiClient chair = chair(sco);
        Map<String, Object> substantive = Map.of(
                "committeeId", sco.committeeId(),
                "sessionId", sco.sessionId(),
                "kind", "SUBSTANTIVE",
                "method", "ROLL_CALL",
                "subject", Map.of("type", "DRAFT_RESOLUTION", "id", newId(), "title", "Draft resolution 1.1"));
        assertThat(chair.post("/api/votes", substantive).status())
                .as("no roll call yet")
                .isEqualTo(409);
        JsonNode rollCall = sco.rollCallRecorded(3);
        sco.publishCommitteeEvent("quorum.committee.RollCallRecorded.v1", rollCall);
        String belarus = seatNamed(rollCall, "Belarus");

        await().atMost(WAIT).until(() -> chair.post("/api/votes", substantive).status() != 409);
        ApiClient.Response opened = chair.post("/api/votes", substantive);

        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        JsonNode vote = opened.json();
        assertThat(opened.header("Location"))
                .isEqualTo("/api/votes/" + vote.get("id").asString());
        assertThat(vote.get("rule").get("majority").asString()).isEqualTo("CONSENSUS");
        assertThat(vote.get("seats").valueStream().map(s -> s.get("name").asString()))
                .as("present members only: no absent seat, no observer on a substantive vote")
                .hasSize(9)
                .doesNotContain("Belarus", "Afghanistan", "Mongolia");
        String voteId = vote.get("id").asString();
        assertThat(chair.post(ballots(voteId), ballot(belarus, "YES")).status())
                .as("absent seat")
                .isEqualTo(409);
        String china = seatNamed(rollCall, "China");
        assertThat(chair.post(ballots(voteId), ballot(china, "ABSTAIN")).status())
                .as("present and voting may not abstain on a substantive vote")
                .isEqualTo(400);
        assertThat(chair.get("/api/votes?sessionId=" + sco.sessionId())
                        .json()
                        .get("totalItems")
                        .asLong())
                .isGreaterThanOrEqualTo(2);
    }

    private static String seatNamed(JsonNode rollCall, String name) {
        return rollCall.get("entries")
                .valueStream()
                .filter(e -> name.equals(e.get("name").asString()))
                .map(e -> e.get("seatId").asString())
                .findFirst()
                .orElseThrow();
    }

    private void assertBadField(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"" + field + "\"");
    }

    private void awaitVote(Committee c, String voteId) {
        await().atMost(WAIT).until(() -> chair(c).get("/api/votes/" + voteId).status() == 200);
    }

    /**
     * Seatings are applied asynchronously, in order per conference: once the delegate of {@code seat}
     * (seated last) gets past the authorization check, the events before it were applied too. The
     * probe abstains on a procedural vote: a 400 after the check, a 403 before, never stored.
     */
    private void awaitSeated(Committee c, String voteId, int seat) {
        await().atMost(WAIT)
                .until(() -> delegate(c, seat)
                                .post(ballots(voteId), ballot(c.seatIds().get(seat), "ABSTAIN"))
                                .status()
                        == 400);
    }

    private ApiClient chair(Committee c) {
        return ApiClient.local(port).withToken(c.chairToken());
    }

    private ApiClient delegate(Committee c, int seat) {
        return ApiClient.local(port)
                .withToken(c.delegateToken("delegate-" + seat, c.seatIds().get(seat)));
    }

    static String ballots(String voteId) {
        return "/api/votes/" + voteId + "/ballots";
    }

    static Map<String, Object> ballot(String seatId, String choice) {
        return Map.of("seatId", seatId, "choice", choice);
    }
}
