package dev.quorum.voting.vote.domain;

import static dev.quorum.voting.testing.VoteMother.SIMPLE_NO_ABSTAIN;
import static dev.quorum.voting.testing.VoteMother.SIMPLE_WITH_ABSTAIN;
import static dev.quorum.voting.testing.VoteMother.member;
import static dev.quorum.voting.testing.VoteMother.open;
import static dev.quorum.voting.testing.VoteMother.seat;
import static dev.quorum.voting.testing.VoteMother.withBallots;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quorum.voting.rules.domain.Attendance;
import dev.quorum.voting.rules.domain.Choice;
import dev.quorum.voting.rules.domain.DecisionRule;
import dev.quorum.voting.rules.domain.Majority;
import dev.quorum.voting.rules.domain.MajorityBasis;
import dev.quorum.voting.rules.domain.Outcome;
import dev.quorum.voting.rules.domain.SeatKind;
import dev.quorum.voting.rules.domain.Tally;
import dev.quorum.voting.rules.domain.VoteKind;
import dev.quorum.voting.rules.domain.VoteMethod;
import dev.quorum.voting.vote.domain.BallotRefusedException.Reason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VoteTest {
    private final Vote placard = open(
            VoteKind.PROCEDURAL, VoteMethod.PLACARD, SIMPLE_NO_ABSTAIN, List.of(member("a"), member("b"), member("c")));

    @Test
    void admitsAFirstBallotAsRevisionOne() {
        assertThat(placard.admit("a", Choice.YES, false)).isEqualTo(new SeatBallot(Choice.YES, false, 1, false));
    }

    @Test
    void refusesASeatThatIsNotOnTheVote() {
        assertRefused(placard, "z", Choice.YES, Reason.NOT_ELIGIBLE);
    }

    @Test
    void refusesAnObserverOnASubstantiveVoteAsNotEligibleAndCountsOnlyVoters() {
        Vote vote = open(
                VoteKind.SUBSTANTIVE,
                VoteMethod.PLACARD,
                SIMPLE_WITH_ABSTAIN,
                List.of(member("a"), seat("obs", SeatKind.OBSERVER, Attendance.PRESENT)));

        assertRefused(vote, "obs", Choice.YES, Reason.NOT_ELIGIBLE);
        assertThat(vote.voters()).isEqualTo(1);
    }

    @Test
    void refusesAnAbstentionOnAProceduralVoteAsAChoiceNotAllowed() {
        assertRefused(placard, "a", Choice.ABSTAIN, Reason.CHOICE_NOT_ALLOWED);
    }

    @Test
    void refusesRightsWithAnAbstention() {
        Vote vote = open(VoteKind.SUBSTANTIVE, VoteMethod.ROLL_CALL, SIMPLE_WITH_ABSTAIN, List.of(member("a")));

        assertRefused(vote, "a", Choice.ABSTAIN, true, Reason.RIGHTS_NOT_ALLOWED);
    }

    @Test
    void rejectsSecondBallotFromSameSeatUnlessTheRuleAllowsChanges() {
        Vote voted = withBallots(placard, Map.of("a", new SeatBallot(Choice.YES, false, 1, false)));
        DecisionRule changeable =
                new DecisionRule(Majority.SIMPLE, MajorityBasis.PRESENT_AND_VOTING, null, false, false, true);
        Vote changeableVoted = withBallots(
                open(VoteKind.PROCEDURAL, VoteMethod.PLACARD, changeable, placard.seats()),
                Map.of("a", new SeatBallot(Choice.YES, false, 1, false)));

        assertRefused(voted, "a", Choice.NO, Reason.ALREADY_VOTED);
        assertThat(changeableVoted.admit("a", Choice.NO, false)).isEqualTo(new SeatBallot(Choice.NO, false, 2, false));
    }

    @Test
    void aSeatThatPassedAnswersLaterOnceAndMayNotPassAgain() {
        Vote rollCall = open(VoteKind.PROCEDURAL, VoteMethod.ROLL_CALL, SIMPLE_NO_ABSTAIN, placard.seats());
        SeatBallot passed = rollCall.admit("a", Choice.PASS, false);
        Vote afterPass = withBallots(rollCall, Map.of("a", passed));

        assertThat(passed).isEqualTo(new SeatBallot(Choice.PASS, false, 1, true));
        assertRefused(afterPass, "a", Choice.PASS, Reason.CHOICE_NOT_ALLOWED);
        assertThat(afterPass.admit("a", Choice.YES, true)).isEqualTo(new SeatBallot(Choice.YES, true, 2, true));
        assertThat(afterPass.allVoted()).as("a pass is not a vote").isFalse();
    }

    @Test
    void refusesEveryBallotOnceClosed() {
        Vote closed = new Vote(
                placard.id(),
                placard.committeeId(),
                placard.conferenceId(),
                placard.sessionId(),
                placard.subject(),
                placard.kind(),
                placard.method(),
                false,
                placard.rule(),
                placard.seats(),
                VoteStatus.CLOSED,
                Counts.NONE,
                Map.of(),
                java.util.Optional.empty(),
                placard.openedAt(),
                2);

        assertRefused(closed, "a", Choice.YES, Reason.CLOSED);
    }

    @Test
    void talliesVetoMembersNoAndWhoDidNotVote() {
        Vote council = open(
                VoteKind.SUBSTANTIVE,
                VoteMethod.PLACARD,
                new DecisionRule(Majority.FIXED_COUNT, MajorityBasis.PRESENT_AND_VOTING, 2, true, true, false),
                List.of(
                        seat("p5", SeatKind.VETO_MEMBER, Attendance.PRESENT),
                        member("m1"),
                        member("m2"),
                        member("m3")));
        Vote voted = withBallots(
                council,
                Map.of(
                        "p5", new SeatBallot(Choice.NO, false, 1, false),
                        "m1", new SeatBallot(Choice.YES, false, 1, false),
                        "m2", new SeatBallot(Choice.YES, false, 1, false)));

        assertThat(voted.tally()).isEqualTo(new Tally(2, 1, 0, 1, 4, List.of("p5")));
        assertThat(voted.decide().outcome()).isEqualTo(Outcome.VETOED);
        assertThat(voted.allVoted()).isFalse();
    }

    private static void assertRefused(Vote vote, String seat, Choice choice, Reason reason) {
        assertRefused(vote, seat, choice, false, reason);
    }

    private static void assertRefused(Vote vote, String seat, Choice choice, boolean rights, Reason reason) {
        assertThatThrownBy(() -> vote.admit(seat, choice, rights))
                .isInstanceOfSatisfying(
                        BallotRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
