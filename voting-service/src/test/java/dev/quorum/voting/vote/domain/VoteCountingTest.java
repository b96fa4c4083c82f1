package dev.quorum.voting.vote.domain;

import static dev.quorum.voting.testing.VoteMother.SIMPLE_NO_ABSTAIN;
import static dev.quorum.voting.testing.VoteMother.member;
import static dev.quorum.voting.testing.VoteMother.open;
import static dev.quorum.voting.testing.VoteMother.seat;
import static dev.quorum.voting.testing.VoteMother.withBallots;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.voting.rules.domain.Attendance;
import dev.quorum.voting.rules.domain.Choice;
import dev.quorum.voting.rules.domain.SeatKind;
import dev.quorum.voting.rules.domain.VoteKind;
import dev.quorum.voting.rules.domain.VoteMethod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a vote closes itself, whose names are public, and which NO ballots count as vetoes. */
class VoteCountingTest {
    private static final SeatBallot YES = new SeatBallot(Choice.YES, false, 1, false);
    private static final SeatBallot NO = new SeatBallot(Choice.NO, false, 1, false);

    @Test
    void closesItselfOnlyOnceTheLastVoterHasCastAFinalBallot() {
        Vote vote = open(VoteKind.PROCEDURAL, VoteMethod.PLACARD, SIMPLE_NO_ABSTAIN, List.of(member("a"), member("b")));

        assertThat(withBallots(vote, Map.of("a", YES)).allVoted()).isFalse();
        assertThat(withBallots(vote, Map.of("a", YES, "b", NO)).allVoted()).isTrue();
    }

    @Test
    void namesArePublicOnlyOnOpenRollCalls() {
        List<EligibleSeat> seats = List.of(member("a"));
        assertThat(open(VoteKind.PROCEDURAL, VoteMethod.ROLL_CALL, SIMPLE_NO_ABSTAIN, seats)
                        .namesPublic())
                .isTrue();
        assertThat(open(VoteKind.PROCEDURAL, VoteMethod.PLACARD, SIMPLE_NO_ABSTAIN, seats)
                        .namesPublic())
                .isFalse();
        assertThat(secret(open(VoteKind.PROCEDURAL, VoteMethod.ROLL_CALL, SIMPLE_NO_ABSTAIN, seats))
                        .namesPublic())
                .isFalse();
    }

    @Test
    void onlyAVetoMembersNoIsAVeto() {
        Vote vote = open(
                VoteKind.PROCEDURAL,
                VoteMethod.PLACARD,
                SIMPLE_NO_ABSTAIN,
                List.of(
                        seat("p1", SeatKind.VETO_MEMBER, Attendance.PRESENT),
                        seat("p2", SeatKind.VETO_MEMBER, Attendance.PRESENT),
                        seat("p3", SeatKind.VETO_MEMBER, Attendance.PRESENT),
                        member("m1")));

        Vote voted = withBallots(vote, Map.of("p1", NO, "p2", YES, "m1", NO));

        assertThat(voted.tally().vetoNoSeatIds()).containsExactly("p1");
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
