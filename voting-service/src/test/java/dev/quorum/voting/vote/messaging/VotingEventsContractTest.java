package dev.quorum.voting.vote.messaging;

import static dev.quorum.voting.testing.VoteMother.member;
import static dev.quorum.voting.testing.VoteMother.seat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.outbox.PendingEventFactory;
import dev.quorum.platform.test.EventContracts;
import dev.quorum.voting.rules.domain.Attendance;
import dev.quorum.voting.rules.domain.Choice;
import dev.quorum.voting.rules.domain.DecisionRule;
import dev.quorum.voting.rules.domain.Majority;
import dev.quorum.voting.rules.domain.MajorityBasis;
import dev.quorum.voting.rules.domain.SeatKind;
import dev.quorum.voting.rules.domain.VoteKind;
import dev.quorum.voting.rules.domain.VoteMethod;
import dev.quorum.voting.testing.VoteMother;
import dev.quorum.voting.vote.domain.ClosedBy;
import dev.quorum.voting.vote.domain.EligibleSeat;
import dev.quorum.voting.vote.domain.SeatBallot;
import dev.quorum.voting.vote.domain.Vote;
import dev.quorum.voting.vote.domain.VoteResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What voting-service publishes matches its own schemas and golden examples. */
class VotingEventsContractTest {
    private final JsonMapper json = JsonMapper.builder().build();
    private final VotingEvents events = new VotingEvents(
            new PendingEventFactory(json, Clock.fixed(Instant.parse("2025-11-21T09:43:02Z"), ZoneOffset.UTC)));
    private final Vote council = VoteMother.open(
            VoteKind.SUBSTANTIVE,
            VoteMethod.ROLL_CALL,
            new DecisionRule(Majority.FIXED_COUNT, MajorityBasis.PRESENT_AND_VOTING, 2, true, true, false),
            List.of(seat("p5", SeatKind.VETO_MEMBER, Attendance.PRESENT), member("m1"), member("m2")));
    private final Vote voted = VoteMother.withBallots(
            council,
            Map.of(
                    "p5", new SeatBallot(Choice.NO, false, 1, false),
                    "m1", new SeatBallot(Choice.YES, true, 1, false),
                    "m2", new SeatBallot(Choice.YES, false, 1, false)));

    @Test
    void goldenExamplesMatchTheirSchemas() {
        for (String event : List.of("VoteOpened.v1", "BallotCast.v1", "VoteClosed.v1")) {
            assertThat(EventContracts.violations(event, EventContracts.example(event)))
                    .as(event)
                    .isEmpty();
        }
    }

    @Test
    void voteOpenedMatchesItsSchemaWithTheRuleAndSeats() {
        String data = events.opened(council).data();

        assertThat(EventContracts.violations("VoteOpened.v1", data)).isEmpty();
        JsonNode node = json.readTree(data);
        assertThat(node.get("rule").get("requiredYes").asInt()).isEqualTo(2);
        assertThat(node.get("seats")).hasSize(3);
    }

    @Test
    void ballotCastNamesTheSeatOnOpenVotesAndCarriesCountsOnlyOnSecretOnes() {
        SeatBallot yes = new SeatBallot(Choice.YES, true, 1, false);
        String open = events.ballotCast(voted, "m1", yes, Instant.now()).data();
        String secret =
                events.ballotCast(secret(voted), "m1", yes, Instant.now()).data();

        assertThat(EventContracts.violations("BallotCast.v1", open)).isEmpty();
        assertThat(EventContracts.violations("BallotCast.v1", secret)).isEmpty();
        assertThat(json.readTree(open).get("seatId").asString()).isEqualTo("m1");
        JsonNode secretNode = json.readTree(secret);
        assertThat(secretNode.has("seatId") || secretNode.has("choice") || secretNode.has("withRights"))
                .isFalse();
        assertThat(secretNode.get("counts").get("yes").asInt()).isEqualTo(2);
    }

    @Test
    void voteClosedMatchesTheContractAndNamesTheVeto() {
        VoteResult result = new VoteResult(
                voted.decide(), voted.counts(), voted.tally().notVoting(), Instant.now(), ClosedBy.ALL_VOTED);

        String data = events.closed(voted, result, voted.version() + 1).data();

        assertThat(EventContracts.violations("VoteClosed.v1", data)).isEmpty();
        JsonNode node = json.readTree(data);
        assertThat(node.get("outcome").asString()).isEqualTo("VETOED");
        assertThat(node.get("vetoedBy").get(0).asString()).isEqualTo("p5");
        assertThat(node.get("counts").get("yes").asInt()).isEqualTo(2);
    }

    @Test
    void voteClosedOfTheLargestCommitteeMatchesTheContract() {
        // 500 seats, two-thirds of present and voting: 300 no need 600 yes (more than the seats).
        List<EligibleSeat> seats =
                IntStream.range(0, 500).mapToObj(i -> member("s" + i)).toList();
        Vote big = VoteMother.open(
                VoteKind.SUBSTANTIVE,
                VoteMethod.PLACARD,
                new DecisionRule(Majority.TWO_THIRDS, MajorityBasis.PRESENT_AND_VOTING, null, false, false, false),
                seats);
        Map<String, SeatBallot> ballots = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            ballots.put("s" + i, new SeatBallot(i < 200 ? Choice.YES : Choice.NO, false, 1, false));
        }
        Vote voted = VoteMother.withBallots(big, ballots);
        VoteResult result = new VoteResult(
                voted.decide(), voted.counts(), voted.tally().notVoting(), Instant.now(), ClosedBy.ALL_VOTED);

        String data = events.closed(voted, result, voted.version() + 1).data();

        assertThat(json.readTree(data).get("threshold").get("required").asInt()).isEqualTo(600);
        assertThat(EventContracts.violations("VoteClosed.v1", data)).isEmpty();
    }

    private static Vote secret(Vote v) {
        return new Vote(
                v.id(),
                v.committeeId(),
                v.conferenceId(),
                v.sessionId(),
                v.subject(),
                v.kind(),
                v.method(),
                true,
                v.rule(),
                v.seats(),
                v.status(),
                v.counts(),
                v.ballots(),
                v.result(),
                v.openedAt(),
                v.version());
    }
}
