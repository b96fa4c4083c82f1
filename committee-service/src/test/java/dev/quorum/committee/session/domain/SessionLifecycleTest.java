package dev.quorum.committee.session.domain;

import static dev.quorum.committee.session.domain.ScoCommittee.AGENDA;
import static dev.quorum.committee.session.domain.ScoCommittee.T0;
import static dev.quorum.committee.session.domain.ScoCommittee.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quorum.committee.committee.domain.MotionType;
import dev.quorum.committee.committee.domain.ProfileOverrides;
import dev.quorum.committee.committee.domain.RulesPresets;
import dev.quorum.committee.committee.domain.RulesProfile;
import dev.quorum.committee.committee.domain.Seat;
import dev.quorum.committee.committee.domain.SeatKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Suspension, adjournment, the end of a caucus, both quorums and a restored session (rules-of-procedure.md). */
class SessionLifecycleTest {

    @Test
    void suspendingEndsTheCaucusAndTakesTheFloorAndResumingReturnsToFormalDebate() {
        Session session = inModeratedCaucusWithIndiaSpeaking();

        session.suspend();

        assertThat(session.state()).isEqualTo(SessionState.SUSPENDED);
        assertThat(session.data().caucus()).isNull();
        assertThat(session.data().caucusList()).isNull();
        assertThat(session.data().currentSpeaker()).isNull();
        assertThat(session.events())
                .endsWith(
                        new SessionEvent.CaucusEnded(new Caucus("c", true, "Water", 60, Timer.start(T0, 600))),
                        new SessionEvent.Changed("SUSPENDED"));
        session.resume();
        assertThat(session.state()).isEqualTo(SessionState.FORMAL_DEBATE);
        assertThat(session.events()).endsWith(new SessionEvent.Changed("RESUMED"));
    }

    @Test
    void theChairEndsACaucusEarlyAndTheSpeakerLeavesTheFloor() {
        Session session = inModeratedCaucusWithIndiaSpeaking();

        session.endCaucus();

        assertThat(session.state()).isEqualTo(SessionState.FORMAL_DEBATE);
        assertThat(session.data().caucus()).isNull();
        assertThat(session.data().caucusList()).isNull();
        assertThat(session.data().currentSpeaker()).isNull();
        assertThat(session.events()).last().isInstanceOf(SessionEvent.CaucusEnded.class);
        assertThatThrownBy(session::endCaucus)
                .isInstanceOf(SessionConflict.class)
                .hasMessage("No caucus is under way; the session is in FORMAL_DEBATE.");
    }

    @Test
    void anUnmoderatedCaucusEndsKeepingTheGeneralList() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().addSpeaker(id("China"));
        session.motions()
                .raise("u", new MotionRequest(MotionType.UNMODERATED_CAUCUS, id("India"), 300, null, null), T0);
        session.motions().decide("u", MotionDecision.ADOPTED, T0);
        assertThat(session.data().caucus().speakingTimeSeconds()).isZero();

        session.endCaucus();

        assertThat(session.state()).isEqualTo(SessionState.FORMAL_DEBATE);
        assertThat(session.data().generalList().queue()).containsExactly(id("China"));
    }

    @Test
    void adjourningEndsTheCaucusAndForgetsTheVoteItWaitedFor() {
        Session session = ScoCommittee.everyonePresent();
        session.motions()
                .raise("c", new MotionRequest(MotionType.UNMODERATED_CAUCUS, id("India"), 300, null, null), T0);
        session.motions().decide("c", MotionDecision.ADOPTED, T0);
        session.motions().raise("sp", new MotionRequest(MotionType.SET_SPEAKING_TIME, id("India"), null, 30, null), T0);
        session.motions().sendToVote("sp", "v1", T0);

        session.adjourn();

        assertThat(session.state()).isEqualTo(SessionState.ADJOURNED);
        assertThat(session.pendingVote()).isEmpty();
        assertThat(session.data().caucus()).isNull();
        assertThat(session.events())
                .endsWith(
                        new SessionEvent.CaucusEnded(new Caucus("c", false, null, 0, Timer.start(T0, 300))),
                        new SessionEvent.Adjourned());
        assertThatThrownBy(() -> session.recordRollCall(List.of()))
                .hasMessage("The session is adjourned; open a new one.");
    }

    @Test
    void aVoteThatClosesAfterAdjournmentIsRecordedButChangesNothingElse() {
        Session session = ScoCommittee.everyonePresent();
        session.motions().raise("sp", new MotionRequest(MotionType.SET_SPEAKING_TIME, id("India"), null, 30, null), T0);
        session.motions().sendToVote("sp", "v1", T0);
        session.adjourn();

        assertThat(session.motions().applyVoteResult("v1", "sp", true, T0)).isTrue();

        assertThat(session.data().motions()).extracting(Motion::status).containsExactly(MotionStatus.ADOPTED);
        assertThat(session.data().speakingTimeSeconds()).isEqualTo(90);
        assertThat(session.state()).isEqualTo(SessionState.ADJOURNED);
    }

    @Test
    void aMotionReachesAVoteOnlyWithTheQuorumToVote() {
        Session session = ScoCommittee.withPresent("China", "India", "Iran", "Kazakhstan", "Kyrgyzstan");
        session.motions().raise("sp", new MotionRequest(MotionType.SET_SPEAKING_TIME, id("India"), null, 30, null), T0);
        session.recordRollCall(List.of(Map.entry(id("Kyrgyzstan"), Attendance.ABSENT)));

        assertThat(session.quorumToVote()).isFalse();
        assertThatThrownBy(() -> session.motions().sendToVote("sp", "v1", T0))
                .isInstanceOf(SessionConflict.class)
                .hasMessage("The quorum to vote is not met (4 of 10 voting members present).");
        assertThat(session.pendingVote()).isEmpty();

        session.recordRollCall(List.of(Map.entry(id("Belarus"), Attendance.PRESENT)));
        assertThat(session.quorumToVote()).isTrue();
        assertThat(session.motions().sendToVote("sp", "v1", T0).voteId()).isEqualTo("v1");
    }

    @Test
    void nonStateActorsCountAsVotingMembersOnlyWhereTheRulesLetThemVote() {
        List<Seat> seats = List.of(
                new Seat("a", "Kazakhstan", SeatKind.MEMBER),
                new Seat("b", "Red Crescent", SeatKind.NON_STATE_ACTOR),
                new Seat("c", "Mongolia", SeatKind.OBSERVER));
        RulesProfile una = RulesPresets.of(RulesPresets.UNA_USA);
        RulesProfile nsaVote = new ProfileOverrides(null, null, null, null, true, null, null).applyTo(una);

        Session without = Session.open("s", "c", "conf", seats, List.of(), una, T0);
        Session with = Session.open("s", "c", "conf", seats, List.of(), nsaVote, T0);
        with.recordRollCall(List.of(Map.entry("b", Attendance.PRESENT), Map.entry("c", Attendance.PRESENT)));

        assertThat(without.votingMembers()).isEqualTo(1);
        assertThat(with.votingMembers()).isEqualTo(2);
        assertThat(with.presentVotingMembers()).isEqualTo(1);
        assertThat(with.motions().eligibleForProcedural())
                .extracting(Seat::seatId)
                .containsExactly("b", "c");
    }

    @Test
    void aRestoredSessionKeepsWhatItWasStoredWith() {
        Session opened = ScoCommittee.everyonePresent();
        RulesProfile profile = RulesPresets.of(RulesPresets.CONSENSUS);

        Session restored =
                Session.restore("s1", "sco", "acimun", 7, T0, ScoCommittee.seats(), AGENDA, profile, opened.data());

        assertThat(restored.id()).isEqualTo("s1");
        assertThat(restored.committeeId()).isEqualTo("sco");
        assertThat(restored.conferenceId()).isEqualTo("acimun");
        assertThat(restored.version()).isEqualTo(7);
        assertThat(restored.openedAt()).isEqualTo(T0);
        assertThat(restored.seats()).isEqualTo(ScoCommittee.seats());
        assertThat(restored.agendaItems()).isEqualTo(AGENDA);
        assertThat(restored.profile()).isSameAs(profile);
        assertThat(restored.events()).isEmpty();
        assertThat(restored.data().attendanceInOrder())
                .extracting(Map.Entry::getKey)
                .containsExactlyElementsOf(
                        ScoCommittee.seats().stream().map(Seat::seatId).toList());
    }

    private static Session inModeratedCaucusWithIndiaSpeaking() {
        Session session = ScoCommittee.everyonePresent();
        session.motions().raise("c", new MotionRequest(MotionType.MODERATED_CAUCUS, id("Iran"), 600, 60, "Water"), T0);
        session.motions().decide("c", MotionDecision.ADOPTED, T0);
        session.floor().addSpeaker(id("India"));
        session.floor().next(T0);
        return session;
    }
}
