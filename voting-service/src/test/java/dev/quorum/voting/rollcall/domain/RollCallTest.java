package dev.quorum.voting.rollcall.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.voting.rules.domain.Attendance;
import dev.quorum.voting.rules.domain.DecisionRule;
import dev.quorum.voting.rules.domain.Majority;
import dev.quorum.voting.rules.domain.MajorityBasis;
import dev.quorum.voting.rules.domain.SeatKind;
import dev.quorum.voting.rules.domain.VoteKind;
import dev.quorum.voting.vote.domain.EligibleSeat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may vote on an ad-hoc vote opened on a roll call, and which of the committee's rules decides it. */
class RollCallTest {
    private static final DecisionRule PROCEDURAL =
            new DecisionRule(Majority.SIMPLE, MajorityBasis.PRESENT, null, false, false, false);
    private static final DecisionRule SUBSTANTIVE =
            new DecisionRule(Majority.TWO_THIRDS, MajorityBasis.PRESENT_AND_VOTING, null, true, true, true);

    private static final EligibleSeat MEMBER = seat("france", SeatKind.MEMBER, Attendance.PRESENT);
    private static final EligibleSeat VOTING = seat("china", SeatKind.VETO_MEMBER, Attendance.PRESENT_AND_VOTING);
    private static final EligibleSeat ABSENT = seat("chad", SeatKind.MEMBER, Attendance.ABSENT);
    private static final EligibleSeat OBSERVER = seat("holy-see", SeatKind.OBSERVER, Attendance.PRESENT);
    private static final EligibleSeat NSA = seat("icrc", SeatKind.NON_STATE_ACTOR, Attendance.PRESENT);

    @Test
    void proceduralVotesTakeEveryPresentSeatIncludingObserversAndNonStateActorsWhereTheyVote() {
        assertThat(rollCall(true).eligibleFor(VoteKind.PROCEDURAL)).containsExactly(MEMBER, VOTING, OBSERVER, NSA);
    }

    @Test
    void nonStateActorsStayOutWhereTheCommitteeDoesNotLetThemVote() {
        assertThat(rollCall(false).eligibleFor(VoteKind.PROCEDURAL)).containsExactly(MEMBER, VOTING, OBSERVER);
    }

    @Test
    void substantiveVotesTakeOnlyPresentMembers() {
        assertThat(rollCall(true).eligibleFor(VoteKind.SUBSTANTIVE)).containsExactly(MEMBER, VOTING);
        assertThat(rollCall(false).eligibleFor(VoteKind.SUBSTANTIVE)).containsExactly(MEMBER, VOTING);
    }

    @Test
    void eachKindOfVoteIsDecidedByItsOwnRule() {
        assertThat(rollCall(true).ruleFor(VoteKind.PROCEDURAL)).isSameAs(PROCEDURAL);
        assertThat(rollCall(true).ruleFor(VoteKind.SUBSTANTIVE)).isSameAs(SUBSTANTIVE);
    }

    @Test
    void keepsItsOwnCopyOfTheEntries() {
        List<EligibleSeat> entries = new ArrayList<>(List.of(MEMBER));
        RollCall call = new RollCall("s", "c", "conf", entries, true, PROCEDURAL, SUBSTANTIVE, true);
        entries.add(ABSENT);

        assertThat(call.entries()).containsExactly(MEMBER);
    }

    private static RollCall rollCall(boolean nonStateActorsVote) {
        return new RollCall(
                "session",
                "committee",
                "conference",
                List.of(MEMBER, VOTING, ABSENT, OBSERVER, NSA),
                true,
                PROCEDURAL,
                SUBSTANTIVE,
                nonStateActorsVote);
    }

    private static EligibleSeat seat(String id, SeatKind kind, Attendance attendance) {
        return new EligibleSeat(id, id.toUpperCase(), kind, attendance);
    }
}
