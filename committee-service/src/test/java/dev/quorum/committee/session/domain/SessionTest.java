package dev.quorum.committee.session.domain;

import static dev.quorum.committee.session.domain.ScoCommittee.T0;
import static dev.quorum.committee.session.domain.ScoCommittee.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionTest {

    @Test
    void opensInFormalDebateWithEverySeatAbsent() {
        Session session = ScoCommittee.openSession();

        assertThat(session.state()).isEqualTo(SessionState.FORMAL_DEBATE);
        assertThat(session.data().attendance().values()).containsOnly(Attendance.ABSENT);
        assertThat(session.events()).containsExactly(new SessionEvent.Opened());
    }

    @Test
    void quorumToDebateIsMetExactlyAtHalfOfTheMembersAndNotOneShort() {
        // CONSENSUS: half of the ten members; observers do not count
        Session fiveMembers = ScoCommittee.withPresent("China", "India", "Iran", "Kazakhstan", "Kyrgyzstan");
        Session fourMembersTwoObservers =
                ScoCommittee.withPresent("China", "India", "Iran", "Kazakhstan", "Mongolia", "Afghanistan");

        assertThat(fiveMembers.quorumToDebate()).isTrue();
        assertThat(fourMembersTwoObservers.quorumToDebate()).isFalse();
        assertThatThrownBy(() -> fourMembersTwoObservers.floor().addSpeaker(id("China")))
                .isInstanceOf(SessionConflict.class)
                .hasMessageContaining("quorum to debate is not met (4 of 10");
    }

    @Test
    void rollCallRejectsUnknownAndRepeatedSeatsNamingTheEntry() {
        Session session = ScoCommittee.openSession();

        assertThatThrownBy(() -> session.recordRollCall(List.of(
                        Map.entry(id("China"), Attendance.PRESENT), Map.entry("seat-narnia", Attendance.PRESENT))))
                .isInstanceOfSatisfying(
                        SessionInputError.class, e -> assertThat(e.field()).isEqualTo("entries[1].seatId"));
        assertThatThrownBy(() -> session.recordRollCall(
                        List.of(Map.entry(id("China"), Attendance.PRESENT), Map.entry(id("China"), Attendance.ABSENT))))
                .isInstanceOf(SessionInputError.class);
        assertThat(session.data().attendance().values()).containsOnly(Attendance.ABSENT);
    }

    @Test
    void absentSeatIsNeverPutOnTheSpeakersList() {
        Session session = ScoCommittee.withPresent("China", "India", "Iran", "Kazakhstan", "Kyrgyzstan");

        assertThatThrownBy(() -> session.floor().addSpeaker(id("Belarus")))
                .isInstanceOf(SessionConflict.class)
                .hasMessage("Belarus is absent and cannot be put on a speakers list.");
    }

    @Test
    void oneEntryPerSeatPerList() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().addSpeaker(id("India"));

        assertThatThrownBy(() -> session.floor().addSpeaker(id("India")))
                .isInstanceOf(SessionConflict.class)
                .hasMessage("India is already on the list.");
        assertThat(session.data().generalList().queue()).containsExactly(id("India"));
    }

    @Test
    void theChairReordersTheListWithTheSameSeatsOnly() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().addSpeaker(id("India"));
        session.floor().addSpeaker(id("Iran"));

        assertThatThrownBy(() -> session.floor().reorder(List.of(id("Iran"), id("China"))))
                .isInstanceOfSatisfying(
                        SessionInputError.class, e -> assertThat(e.field()).isEqualTo("queue"));
        assertThatThrownBy(() -> session.floor().reorder(List.of(id("Iran"), id("Iran"))))
                .isInstanceOf(SessionInputError.class);
        session.floor().reorder(List.of(id("Iran"), id("India")));

        assertThat(session.data().generalList().queue()).containsExactly(id("Iran"), id("India"));
    }

    @Test
    void lateAbsenceTakesTheSeatOffTheListAndTheFloor() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().addSpeaker(id("India"));
        session.floor().addSpeaker(id("Iran"));
        session.floor().next(T0);

        session.recordRollCall(
                List.of(Map.entry(id("India"), Attendance.ABSENT), Map.entry(id("Iran"), Attendance.ABSENT)));

        assertThat(session.data().generalList().queue()).isEmpty();
        assertThat(session.data().currentSpeaker()).isNull();
    }

    @Test
    void nextSpeakerGetsTheFloorWithAServerTimer() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().addSpeaker(id("India"));

        session.floor().next(T0);

        Speaker speaker = session.data().currentSpeaker();
        assertThat(speaker.seatId()).isEqualTo(id("India"));
        assertThat(speaker.timer()).isEqualTo(new Timer(T0, 90, null));
        assertThat(speaker.timer().remainingSeconds(T0.plusSeconds(30))).isEqualTo(60);
        assertThat(session.data().generalList().queue()).isEmpty();
    }

    @Test
    void delegateWhoReceivedAYieldMayNotYieldAgain() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().addSpeaker(id("India"));
        session.floor().next(T0);

        session.floor().yieldFloor(YieldTarget.DELEGATE, id("Pakistan"), T0.plusSeconds(50));

        Speaker pakistan = session.data().currentSpeaker();
        assertThat(pakistan.seatId()).isEqualTo(id("Pakistan"));
        assertThat(pakistan.timer().remainingSeconds(T0.plusSeconds(50))).isEqualTo(40);
        assertThatThrownBy(() -> session.floor().yieldFloor(YieldTarget.DELEGATE, id("China"), T0.plusSeconds(60)))
                .isInstanceOf(SessionConflict.class)
                .hasMessage("A delegate who received a yield may not yield again.");
    }

    @Test
    void yieldToQuestionsKeepsTheSpeakerAndYieldToChairEndsTheSpeech() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().addSpeaker(id("India"));
        session.floor().addSpeaker(id("Iran"));
        session.floor().next(T0);

        session.floor().yieldFloor(YieldTarget.QUESTIONS, null, T0);
        assertThat(session.data().currentSpeaker().yieldedTo()).isEqualTo(YieldTarget.QUESTIONS);

        session.floor().next(T0.plusSeconds(90));
        session.floor().yieldFloor(YieldTarget.CHAIR, null, T0.plusSeconds(100));
        assertThat(session.data().currentSpeaker()).isNull();
    }

    @Test
    void pausedTimerKeepsItsRemainderAndResumesFromIt() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().addSpeaker(id("India"));
        session.floor().next(T0);

        session.floor().pauseTimer(T0.plusSeconds(20));
        assertThat(session.data().currentSpeaker().timer().remainingSeconds(T0.plusSeconds(500)))
                .isEqualTo(70);
        session.floor().resumeTimer(T0.plusSeconds(600));

        assertThat(session.data().currentSpeaker().timer()).isEqualTo(new Timer(T0.plusSeconds(600), 70, null));
    }

    @Test
    void resumeOnlyFromSuspensionAndNothingAfterAdjournment() {
        Session session = ScoCommittee.everyonePresent();

        assertThatThrownBy(session::resume)
                .isInstanceOf(SessionConflict.class)
                .hasMessage("Only a suspended session can resume; this one is in FORMAL_DEBATE.");
        session.suspend();
        assertThatThrownBy(() -> session.floor().addSpeaker(id("India")))
                .hasMessageContaining("while the session is in SUSPENDED");
        session.resume();
        session.adjourn();

        assertThat(session.state()).isEqualTo(SessionState.ADJOURNED);
        assertThatThrownBy(session::suspend).isInstanceOf(SessionConflict.class);
        assertThatThrownBy(session::adjourn).hasMessage("The session is adjourned; open a new one.");
    }

    @Test
    void pointsAreRecordedAndResolvedAndOnlyPointsOfOrderDuringVotingProcedure() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().raisePoint("p1", PointType.PERSONAL_PRIVILEGE, id("Iran"), "Cannot hear", T0);
        session.floor().resolvePoint("p1", "Microphone fixed");

        assertThat(session.data().points())
                .containsExactly(new Point(
                        "p1", PointType.PERSONAL_PRIVILEGE, id("Iran"), "Cannot hear", T0, "Microphone fixed", true));
        assertThatThrownBy(() -> session.floor().resolvePoint("p1", null)).isInstanceOf(SessionConflict.class);
    }
}
