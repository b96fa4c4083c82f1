package dev.quorum.committee.session.domain;

import static dev.quorum.committee.session.domain.ScoCommittee.T0;
import static dev.quorum.committee.session.domain.ScoCommittee.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quorum.committee.committee.domain.MotionType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The floor's rules that SessionTest does not reach: removals, empty and closed lists, yields, timers, points. */
class FloorTest {

    @Test
    void removingASpeakerKeepsTheOthersInOrderAndSaysSo() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().addSpeaker(id("India"));
        session.floor().addSpeaker(id("Iran"));
        session.floor().addSpeaker(id("China"));

        session.floor().removeSpeaker(id("Iran"));

        assertThat(session.data().generalList().queue()).containsExactly(id("India"), id("China"));
        assertThat(session.events()).endsWith(new SessionEvent.SpeakersChanged(SpeakersList.GENERAL, "REMOVED"));
    }

    @Test
    void removingASeatNotOnTheListOrNotInTheCommitteeIsRefused() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().addSpeaker(id("India"));

        assertThatThrownBy(() -> session.floor().removeSpeaker(id("Iran")))
                .isInstanceOf(SessionConflict.class)
                .hasMessage("Iran is not on the list.");
        assertThatThrownBy(() -> session.floor().removeSpeaker("seat-narnia"))
                .isInstanceOfSatisfying(
                        SessionInputError.class, e -> assertThat(e.field()).isEqualTo("seatId"));
        assertThat(session.data().generalList().queue()).containsExactly(id("India"));
    }

    @Test
    void aClosedListTakesNoNewSpeakerButKeepsItsQueue() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().addSpeaker(id("India"));
        adopt(session, new MotionRequest(MotionType.CLOSE_SPEAKERS_LIST, id("Russia"), null, null, null));

        assertThatThrownBy(() -> session.floor().addSpeaker(id("Iran")))
                .isInstanceOf(SessionConflict.class)
                .hasMessage("The speakers list is closed.");
        assertThat(session.data().generalList().queue()).containsExactly(id("India"));
    }

    @Test
    void theNextSpeakerNeedsSomeoneOnTheList() {
        Session session = ScoCommittee.everyonePresent();

        assertThatThrownBy(() -> session.floor().next(T0))
                .isInstanceOf(SessionConflict.class)
                .hasMessage("The speakers list is empty.");
        assertThat(session.data().currentSpeaker()).isNull();
    }

    @Test
    void speakersAreCalledInTheOrderOfTheList() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().addSpeaker(id("India"));
        session.floor().addSpeaker(id("Iran"));

        session.floor().next(T0);

        assertThat(session.data().currentSpeaker().seatId()).isEqualTo(id("India"));
        assertThat(session.data().generalList().queue()).containsExactly(id("Iran"));
        assertThat(session.events()).endsWith(new SessionEvent.SpeakersChanged(SpeakersList.GENERAL, "NEXT_SPEAKER"));
    }

    @Test
    void aYieldNeedsASpeakerAndAValidDelegate() {
        Session session = ScoCommittee.withPresent("China", "India", "Iran", "Kazakhstan", "Kyrgyzstan");

        assertThatThrownBy(() -> session.floor().yieldFloor(YieldTarget.CHAIR, null, T0))
                .isInstanceOf(SessionConflict.class)
                .hasMessage("Nobody has the floor.");
        session.floor().addSpeaker(id("India"));
        session.floor().next(T0);

        assertThatThrownBy(() -> session.floor().yieldFloor(YieldTarget.DELEGATE, null, T0))
                .isInstanceOfSatisfying(
                        SessionInputError.class,
                        e -> assertThat(e.getMessage()).isEqualTo("A yield to a delegate names their seat."));
        assertThatThrownBy(() -> session.floor().yieldFloor(YieldTarget.DELEGATE, id("India"), T0))
                .isInstanceOfSatisfying(
                        SessionInputError.class,
                        e -> assertThat(e.getMessage()).isEqualTo("A speaker cannot yield to themselves."));
        assertThatThrownBy(() -> session.floor().yieldFloor(YieldTarget.DELEGATE, id("Belarus"), T0))
                .isInstanceOf(SessionConflict.class)
                .hasMessage("Belarus is absent and cannot receive a yield.");
        assertThat(session.data().currentSpeaker())
                .isEqualTo(new Speaker(id("India"), Timer.start(T0, 90), null, false));
    }

    @Test
    void aSpeakerWhoYieldedToQuestionsCannotYieldAgain() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().addSpeaker(id("India"));
        session.floor().next(T0);
        session.floor().yieldFloor(YieldTarget.QUESTIONS, null, T0.plusSeconds(10));

        assertThatThrownBy(() -> session.floor().yieldFloor(YieldTarget.DELEGATE, id("Iran"), T0.plusSeconds(20)))
                .isInstanceOf(SessionConflict.class)
                .hasMessage("The speaker already yielded to QUESTIONS.");
        assertThat(session.events())
                .endsWith(new SessionEvent.SpeakersChanged(SpeakersList.GENERAL, "YIELD_TO_QUESTIONS"));
    }

    @Test
    void pausingAndResumingKeepTheSpeakersYield() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().addSpeaker(id("India"));
        session.floor().next(T0);
        session.floor().yieldFloor(YieldTarget.DELEGATE, id("Iran"), T0.plusSeconds(30));

        session.floor().pauseTimer(T0.plusSeconds(40));
        session.floor().resumeTimer(T0.plusSeconds(100));

        assertThat(session.data().currentSpeaker())
                .isEqualTo(new Speaker(id("Iran"), new Timer(T0.plusSeconds(100), 50, null), null, true));
        assertThat(session.events())
                .containsSubsequence(
                        new SessionEvent.Changed("TIMER_PAUSED"), new SessionEvent.Changed("TIMER_RESUMED"));
    }

    @Test
    void withNobodySpeakingTheCaucusTimerPausesAndWithoutACaucusThereIsNoTimer() {
        Session session = ScoCommittee.everyonePresent();
        assertThatThrownBy(() -> session.floor().pauseTimer(T0))
                .isInstanceOf(SessionConflict.class)
                .hasMessage("No timer is running: nobody speaks and no caucus is under way.");
        adopt(session, new MotionRequest(MotionType.MODERATED_CAUCUS, id("India"), 600, 60, "Water"));

        session.floor().pauseTimer(T0.plusSeconds(100));

        assertThat(session.data().caucus()).isEqualTo(new Caucus("m", true, "Water", 60, new Timer(T0, 600, 500)));
        session.floor().resumeTimer(T0.plusSeconds(200));
        assertThat(session.data().caucus().timer()).isEqualTo(new Timer(T0.plusSeconds(200), 500, null));
    }

    @Test
    void timersStandStillWhileTheSessionIsSuspended() {
        Session session = ScoCommittee.everyonePresent();
        session.suspend();

        assertThatThrownBy(() -> session.floor().resumeTimer(T0))
                .isInstanceOf(SessionConflict.class)
                .hasMessage("Cannot resume a timer: the session is SUSPENDED.");
        assertThatThrownBy(() -> session.floor().pauseTimer(T0))
                .hasMessage("Cannot pause a timer: the session is SUSPENDED.");
    }

    @Test
    void aModeratedCaucusHasItsOwnListAndAnUnmoderatedOneHasNone() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().addSpeaker(id("China"));
        adopt(session, new MotionRequest(MotionType.MODERATED_CAUCUS, id("India"), 600, 60, "Water"));

        session.floor().addSpeaker(id("Iran"));
        session.floor().removeSpeaker(id("Iran"));
        session.floor().addSpeaker(id("India"));

        assertThat(session.data().caucusList()).isEqualTo(new SpeakersList("m", true, List.of(id("India"))));
        assertThat(session.data().generalList().queue()).containsExactly(id("China"));
        assertThat(session.events()).endsWith(new SessionEvent.SpeakersChanged("m", "ADDED"));

        session.endCaucus();
        assertThat(session.data().caucusList()).isNull();
        adopt(session, "u", new MotionRequest(MotionType.UNMODERATED_CAUCUS, id("India"), 300, null, null));
        assertThatThrownBy(() -> session.floor().addSpeaker(id("Iran")))
                .isInstanceOf(SessionConflict.class)
                .hasMessageStartingWith("Cannot add a speaker while the session is in UNMODERATED_CAUCUS");
    }

    @Test
    void aLateAbsenceLeavesTheCaucusListTooAndTheFloorStaysWithAPresentSpeaker() {
        Session session = ScoCommittee.everyonePresent();
        adopt(session, new MotionRequest(MotionType.MODERATED_CAUCUS, id("India"), 600, 60, "Water"));
        session.floor().addSpeaker(id("India"));
        session.floor().addSpeaker(id("Iran"));
        session.floor().next(T0);

        session.recordRollCall(List.of(Map.entry(id("Iran"), Attendance.ABSENT)));

        assertThat(session.data().caucusList().queue()).isEmpty();
        assertThat(session.data().currentSpeaker().seatId()).isEqualTo(id("India"));
        assertThat(session.events()).endsWith(new SessionEvent.SpeakersChanged("m", "ABSENT_REMOVED"));
    }

    @Test
    void aRollCallThatChangesNoListRecordsNoListChange() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().addSpeaker(id("India"));

        session.recordRollCall(List.of(Map.entry(id("Iran"), Attendance.PRESENT_AND_VOTING)));

        assertThat(session.events()).endsWith(new SessionEvent.RollCallTaken());
        assertThat(session.data().generalList().queue()).containsExactly(id("India"));
    }

    @Test
    void duringVotingProcedureOnlyPointsOfOrderAreInOrder() {
        Session session = ScoCommittee.everyonePresent();
        adopt(session, new MotionRequest(MotionType.CLOSE_DEBATE, id("India"), null, null, null));

        assertThatThrownBy(() -> session.floor().raisePoint("p1", PointType.INFORMATION, id("Iran"), "?", T0))
                .isInstanceOf(SessionConflict.class)
                .hasMessage("During voting procedure only points of order about the vote are in order.");
        session.floor().raisePoint("p2", PointType.ORDER, id("Iran"), "Wrong count", T0);

        assertThat(session.data().points()).extracting(Point::pointId).containsExactly("p2");
        assertThat(session.events()).endsWith(new SessionEvent.Changed("POINT_RAISED"));
    }

    @Test
    void anAbsentSeatRaisesNoPointAndAnUnknownPointCannotBeResolved() {
        Session session = ScoCommittee.withPresent("China", "India", "Iran", "Kazakhstan", "Kyrgyzstan");

        assertThatThrownBy(() -> session.floor().raisePoint("p1", PointType.ORDER, id("Belarus"), "?", T0))
                .hasMessage("Belarus is absent and cannot raise a point.");
        assertThatThrownBy(() -> session.floor().resolvePoint("p1", "No"))
                .isInstanceOf(SessionItemMissing.class)
                .hasMessage("The session has no point p1.");
        assertThat(session.data().points()).isEmpty();
    }

    @Test
    void theRecordKeepsFiftyPointsDroppingTheOldestResolvedOnesButNeverAnOpenOne() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().raisePoint("open", PointType.ORDER, id("Iran"), "still open", T0);
        for (int i = 1; i < Floor.POINTS_KEPT; i++) {
            session.floor().raisePoint("p" + i, PointType.INFORMATION, id("Iran"), "q", T0);
            session.floor().resolvePoint("p" + i, null);
        }
        assertThat(session.data().points()).hasSize(Floor.POINTS_KEPT);

        session.floor().raisePoint("new", PointType.INFORMATION, id("Iran"), "q", T0);

        assertThat(session.data().points()).hasSize(Floor.POINTS_KEPT);
        assertThat(session.data().points())
                .extracting(Point::pointId)
                .startsWith("open", "p2")
                .endsWith("new")
                .doesNotContain("p1");
    }

    @Test
    void openPointsAreKeptEvenBeyondTheLimit() {
        Session session = ScoCommittee.everyonePresent();
        for (int i = 0; i <= Floor.POINTS_KEPT; i++) {
            session.floor().raisePoint("p" + i, PointType.INFORMATION, id("Iran"), "q", T0);
        }

        assertThat(session.data().points()).hasSize(Floor.POINTS_KEPT + 1);
    }

    @Test
    void pointsCanBeResolvedWhileSuspendedButNotOnceAdjourned() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().raisePoint("p1", PointType.PARLIAMENTARY_INQUIRY, id("Iran"), "?", T0);
        session.suspend();

        session.floor().resolvePoint("p1", "Answered");
        assertThat(session.data().points().get(0).resolved()).isTrue();
        session.adjourn();
        assertThatThrownBy(() -> session.floor().resolvePoint("p1", "Again"))
                .hasMessage("The session is adjourned; open a new one.");
        assertThatThrownBy(() -> session.floor().raisePoint("p2", PointType.ORDER, id("Iran"), "?", T0))
                .hasMessage("Cannot raise a point: the session is ADJOURNED.");
    }

    /** Raises the motion as "m" and the chair adopts it by acclamation. */
    private static void adopt(Session session, MotionRequest request) {
        adopt(session, "m", request);
    }

    private static void adopt(Session session, String motionId, MotionRequest request) {
        session.motions().raise(motionId, request, T0);
        session.motions().decide(motionId, MotionDecision.ADOPTED, T0);
    }
}
