package dev.quorum.committee.session.domain;

import static dev.quorum.committee.session.domain.ScoCommittee.AGENDA;
import static dev.quorum.committee.session.domain.ScoCommittee.T0;
import static dev.quorum.committee.session.domain.ScoCommittee.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.committee.committee.domain.MotionType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every change a session makes is recorded as the event the live screens and the other services
 * follow (ADR 12): a change that is made but not recorded leaves every screen showing the old floor.
 */
class SessionEventsTest {
    private static final String GENERAL = SpeakersList.GENERAL;

    @Test
    void settingTheAgendaStartsAFreshGeneralListAndSaysSo() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().addSpeaker(id("India"));

        adopt(session, "agenda", new MotionRequest(MotionType.SET_AGENDA, id("Iran"), null, null, AGENDA.get(0)));

        assertThat(session.data().generalList().queue()).isEmpty();
        assertThat(session.events())
                .endsWith(
                        new SessionEvent.SpeakersChanged(GENERAL, "AGENDA_SET"),
                        new SessionEvent.Changed("AGENDA_SET"));
    }

    @Test
    void tablingTheDebateEmptiesTheGeneralListAndSaysSo() {
        Session session = ScoCommittee.everyonePresent();
        adopt(session, "agenda", new MotionRequest(MotionType.SET_AGENDA, id("Iran"), null, null, AGENDA.get(0)));
        session.floor().addSpeaker(id("India"));

        adopt(session, "table", new MotionRequest(MotionType.TABLE_DEBATE, id("Iran"), null, null, null));

        assertThat(session.data().generalList().queue()).isEmpty();
        assertThat(session.events())
                .endsWith(
                        new SessionEvent.SpeakersChanged(GENERAL, "DEBATE_TABLED"),
                        new SessionEvent.Changed("DEBATE_TABLED"));
    }

    /** Debate on the closed question is over: the speakers still listed for it are not carried over. */
    @Test
    void endingVotingProcedureReopensDebateOnAnEmptyOpenGeneralList() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().addSpeaker(id("India"));
        adopt(session, "close", new MotionRequest(MotionType.CLOSE_SPEAKERS_LIST, id("Iran"), null, null, null));
        adopt(session, "cloture", new MotionRequest(MotionType.CLOSE_DEBATE, id("Iran"), null, null, null));
        assertThat(session.data().generalList()).isEqualTo(new SpeakersList(GENERAL, false, List.of(id("India"))));

        session.endVotingProcedure();

        assertThat(session.data().generalList()).isEqualTo(new SpeakersList(GENERAL, true, List.of()));
        assertThat(session.events())
                .endsWith(
                        new SessionEvent.SpeakersChanged(GENERAL, "DEBATE_REOPENED"),
                        new SessionEvent.Changed("VOTING_PROCEDURE_ENDED"));
    }

    @Test
    void aSpeakerMarkedAbsentLeavesTheFloorAndTheScreensAreTold() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().addSpeaker(id("India"));
        session.floor().next(T0);

        session.recordRollCall(List.of(Map.entry(id("India"), Attendance.ABSENT)));

        assertThat(session.data().currentSpeaker()).isNull();
        assertThat(session.events())
                .endsWith(
                        new SessionEvent.RollCallTaken(), new SessionEvent.SpeakersChanged(GENERAL, "SPEAKER_ABSENT"));
    }

    /** The screens are told about the list the absent speaker was called from, not the general one. */
    @Test
    void aCaucusSpeakerMarkedAbsentIsAnnouncedOnTheCaucusList() {
        Session session = ScoCommittee.everyonePresent();
        adopt(session, "agenda", new MotionRequest(MotionType.SET_AGENDA, id("Iran"), null, null, AGENDA.get(0)));
        adopt(session, "water", new MotionRequest(MotionType.MODERATED_CAUCUS, id("Iran"), 600, 60, "Water"));
        session.floor().addSpeaker(id("India"));
        session.floor().next(T0);
        String caucusList = session.data().caucusList().listId();

        session.recordRollCall(List.of(Map.entry(id("India"), Attendance.ABSENT)));

        assertThat(caucusList).isNotEqualTo(GENERAL);
        assertThat(session.data().currentSpeaker()).isNull();
        assertThat(session.events())
                .endsWith(
                        new SessionEvent.RollCallTaken(),
                        new SessionEvent.SpeakersChanged(caucusList, "SPEAKER_ABSENT"));
    }

    @Test
    void resolvingAPointIsRecorded() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().raisePoint("p1", PointType.INFORMATION, id("Iran"), "Which clause?", T0);

        session.floor().resolvePoint("p1", "Clause 3");

        assertThat(session.events()).endsWith(new SessionEvent.Changed("POINT_RESOLVED"));
    }

    /** Each lapsed motion is resolved on the record, so that no screen keeps showing it as pending. */
    @Test
    void motionsThatLapseAreEachResolvedOnTheRecord() {
        Session session = ScoCommittee.everyonePresent();
        session.motions()
                .raise("time", new MotionRequest(MotionType.SET_SPEAKING_TIME, id("India"), null, 45, null), T0);
        session.motions()
                .raise("close", new MotionRequest(MotionType.CLOSE_SPEAKERS_LIST, id("Iran"), null, null, null), T0);

        adopt(session, "cloture", new MotionRequest(MotionType.CLOSE_DEBATE, id("Russia"), null, null, null));

        assertThat(session.events())
                .endsWith(
                        new SessionEvent.MotionResolved(motion(session, "cloture"), "CHAIR"),
                        new SessionEvent.MotionResolved(motion(session, "time"), "LAPSED"),
                        new SessionEvent.MotionResolved(motion(session, "close"), "LAPSED"),
                        new SessionEvent.Changed("VOTING_PROCEDURE_BEGAN"));
        assertThat(motion(session, "time").status()).isEqualTo(MotionStatus.LAPSED);
    }

    @Test
    void aNewSpeakingTimeIsRecorded() {
        Session session = ScoCommittee.everyonePresent();

        adopt(session, "time", new MotionRequest(MotionType.SET_SPEAKING_TIME, id("Iran"), null, 45, null));

        assertThat(session.events()).endsWith(new SessionEvent.Changed("SPEAKING_TIME_CHANGED"));
    }

    @Test
    void closingAndReopeningTheSpeakersListSayWhichItWas() {
        Session session = ScoCommittee.everyonePresent();

        adopt(session, "close", new MotionRequest(MotionType.CLOSE_SPEAKERS_LIST, id("Iran"), null, null, null));
        assertThat(session.events()).endsWith(new SessionEvent.SpeakersChanged(GENERAL, "CLOSED"));

        adopt(session, "open", new MotionRequest(MotionType.OPEN_SPEAKERS_LIST, id("Iran"), null, null, null));
        assertThat(session.events()).endsWith(new SessionEvent.SpeakersChanged(GENERAL, "OPENED"));
    }

    @Test
    void aCaucusStartsOnTheRecordWithItsTimer() {
        Session session = ScoCommittee.everyonePresent();

        adopt(session, "c", new MotionRequest(MotionType.MODERATED_CAUCUS, id("Iran"), 600, 60, "Water"));

        assertThat(session.events())
                .endsWith(new SessionEvent.CaucusStarted(new Caucus("c", true, "Water", 60, Timer.start(T0, 600))));
    }

    private static void adopt(Session session, String motionId, MotionRequest request) {
        session.motions().raise(motionId, request, T0);
        session.motions().decide(motionId, MotionDecision.ADOPTED, T0);
    }

    private static Motion motion(Session session, String motionId) {
        return session.data().motions().stream()
                .filter(m -> m.motionId().equals(motionId))
                .findFirst()
                .orElseThrow();
    }
}
