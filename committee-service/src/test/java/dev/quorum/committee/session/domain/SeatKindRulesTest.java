package dev.quorum.committee.session.domain;

import static dev.quorum.committee.session.domain.ScoCommittee.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quorum.committee.committee.domain.MotionType;
import dev.quorum.committee.committee.domain.RulesPresets;
import dev.quorum.committee.committee.domain.Seat;
import dev.quorum.committee.committee.domain.SeatKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each seat kind may do in a session, table-driven, under rules where non-state actors do not vote. */
class SeatKindRulesTest {
    private static final List<Seat> SEATS = List.of(
            new Seat("member", "Kazakhstan", SeatKind.MEMBER),
            new Seat("veto", "Russia", SeatKind.VETO_MEMBER),
            new Seat("observer", "Mongolia", SeatKind.OBSERVER),
            new Seat("nsa", "Red Crescent", SeatKind.NON_STATE_ACTOR),
            new Seat("absent", "Belarus", SeatKind.MEMBER));

    private static Session session() {
        Session s = Session.open("s", "c", "conf", SEATS, List.of(), RulesPresets.of(RulesPresets.UNA_USA), T0);
        s.recordRollCall(List.of(
                Map.entry("member", Attendance.PRESENT),
                Map.entry("veto", Attendance.PRESENT_AND_VOTING),
                Map.entry("observer", Attendance.PRESENT),
                Map.entry("nsa", Attendance.PRESENT)));
        return s;
    }

    @ParameterizedTest(name = "{0}: speaks {1}, raises motions {2}, votes on motions {3}")
    @CsvSource({
        "member,   true,  true,  true",
        "veto,     true,  true,  true",
        "observer, true,  true,  true",
        "nsa,      true,  false, false",
        "absent,   false, false, false"
    })
    void eachSeatKindMayDoWhatTheRulesAllow(String seat, boolean speaks, boolean raises, boolean votes) {
        Session s = session();

        assertAllowed(speaks, () -> s.floor().addSpeaker(seat));
        assertAllowed(
                raises,
                () -> s.motions()
                        .raise("m", new MotionRequest(MotionType.SUSPEND_MEETING, seat, null, null, null), T0));
        assertThat(s.motions().eligibleForProcedural().stream()
                        .map(Seat::seatId)
                        .toList()
                        .contains(seat))
                .isEqualTo(votes);
    }

    private static void assertAllowed(boolean allowed, Runnable action) {
        if (allowed) {
            action.run();
        } else {
            assertThatThrownBy(action::run).isInstanceOf(SessionConflict.class);
        }
    }
}
