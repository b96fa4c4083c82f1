package dev.quorum.committee.session.domain;

import static dev.quorum.committee.session.domain.ScoCommittee.T0;
import static dev.quorum.committee.session.domain.ScoCommittee.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quorum.committee.committee.domain.MotionType;
import dev.quorum.committee.committee.domain.Seat;
import org.junit.jupiter.api.Test;

class MotionsTest {

    private static MotionRequest modCaucus(String seat, int total, int perSpeaker) {
        return new MotionRequest(MotionType.MODERATED_CAUCUS, id(seat), total, perSpeaker, "Regional security");
    }

    @Test
    void whenModeratedCaucusPassesByVoteThenItStartsWithItsTimerAndOwnList() {
        Session session = ScoCommittee.everyonePresent();
        session.floor().addSpeaker(id("India"));
        session.motions().raise("m1", modCaucus("Kazakhstan", 600, 60), T0);

        PendingVote vote = session.motions().sendToVote("m1", "v1", T0.plusSeconds(5));
        boolean applied = session.motions().applyVoteResult("v1", "m1", true, T0.plusSeconds(30));

        assertThat(vote.title()).isEqualTo("Moderated caucus, 600 s, 60 s per speaker: Regional security");
        assertThat(applied).isTrue();
        assertThat(session.state()).isEqualTo(SessionState.MODERATED_CAUCUS);
        assertThat(session.data().caucus().timer()).isEqualTo(new Timer(T0.plusSeconds(30), 600, null));
        assertThat(session.data().caucusList().listId()).isEqualTo("m1");
        assertThat(session.data().generalList().queue()).containsExactly(id("India"));
        assertThat(session.pendingVote()).isEmpty();

        session.floor().addSpeaker(id("Russia"));
        session.floor().next(T0.plusSeconds(40));
        assertThat(session.data().currentSpeaker().timer().durationSeconds()).isEqualTo(60);
        assertThat(session.data().caucusList().queue()).isEmpty();
    }

    @Test
    void aRedeliveredVoteResultChangesNothing() {
        Session session = ScoCommittee.everyonePresent();
        session.motions().raise("m1", modCaucus("Kazakhstan", 600, 60), T0);
        session.motions().sendToVote("m1", "v1", T0);
        session.motions().applyVoteResult("v1", "m1", true, T0);
        int eventsBefore = session.events().size();

        assertThat(session.motions().applyVoteResult("v1", "m1", true, T0.plusSeconds(9)))
                .isFalse();
        assertThat(session.motions().applyVoteResult("v1", "m1", false, T0.plusSeconds(9)))
                .isFalse();
        assertThat(session.events()).hasSize(eventsBefore);
        assertThat(session.data().caucus().timer().startedAt()).isEqualTo(T0);
    }

    @Test
    void aMotionOfLowerPrecedenceCannotBeTakenFirstButMayBeRuledDilatory() {
        Session session = ScoCommittee.everyonePresent();
        session.motions()
                .raise("close", new MotionRequest(MotionType.CLOSE_DEBATE, id("Russia"), null, null, null), T0);
        session.motions().raise("mod", modCaucus("China", 600, 60), T0);

        assertThat(session.motions().pending()).extracting(Motion::motionId).containsExactly("mod", "close");
        assertThatThrownBy(() -> session.motions().sendToVote("close", "v1", T0))
                .isInstanceOf(SessionConflict.class)
                .hasMessageContaining("takes precedence");
        session.motions().decide("mod", MotionDecision.DILATORY, T0);
        session.motions().decide("close", MotionDecision.ADOPTED, T0);

        assertThat(session.state()).isEqualTo(SessionState.VOTING_PROCEDURE);
        assertThatThrownBy(() -> session.motions().raise("late", modCaucus("India", 300, 30), T0))
                .hasMessageStartingWith("The session is in voting procedure: no new business until the vote ends");
    }

    @Test
    void voteRequestNamesPresentSeatsWithObserversOnProceduralMatters() {
        Session session = ScoCommittee.withPresent("China", "India", "Iran", "Kazakhstan", "Kyrgyzstan", "Mongolia");
        session.motions().raise("m1", new MotionRequest(MotionType.SUSPEND_MEETING, id("Iran"), null, null, null), T0);

        assertThat(session.motions().eligibleForProcedural())
                .extracting(Seat::name)
                .containsExactly("China", "India", "Iran", "Kazakhstan", "Kyrgyzstan", "Mongolia");
    }

    @Test
    void anAdoptedMotionThatEndsTheBusinessLapsesThePendingOnes() {
        Session session = ScoCommittee.everyonePresent();
        session.motions().raise("sus", new MotionRequest(MotionType.SUSPEND_MEETING, id("Iran"), null, null, null), T0);
        session.motions().raise("mod", modCaucus("China", 600, 60), T0);

        session.motions().decide("sus", MotionDecision.ADOPTED, T0);

        assertThat(session.state()).isEqualTo(SessionState.SUSPENDED);
        assertThat(session.data().motions())
                .extracting(Motion::status)
                .containsExactly(MotionStatus.ADOPTED, MotionStatus.LAPSED);
    }

    @Test
    void motionFieldsMustFitItsType() {
        Session session = ScoCommittee.everyonePresent();

        assertThatThrownBy(() -> session.motions()
                        .raise("m", new MotionRequest(MotionType.MODERATED_CAUCUS, id("Iran"), null, 60, "t"), T0))
                .isInstanceOfSatisfying(
                        SessionInputError.class, e -> assertThat(e.field()).isEqualTo("durationSeconds"));
        assertThatThrownBy(() -> session.motions().raise("m", modCaucus("Iran", 60, 90), T0))
                .isInstanceOfSatisfying(
                        SessionInputError.class, e -> assertThat(e.field()).isEqualTo("speakingTimeSeconds"));
        assertThat(session.data().motions()).isEmpty();
    }

    @Test
    void setSpeakingTimeChangesTheNextSpeakersTimer() {
        Session session = ScoCommittee.everyonePresent();
        session.motions().raise("st", new MotionRequest(MotionType.SET_SPEAKING_TIME, id("India"), null, 45, null), T0);
        session.motions().decide("st", MotionDecision.ADOPTED, T0);
        session.floor().addSpeaker(id("India"));
        session.floor().next(T0);

        assertThat(session.data().currentSpeaker().timer().durationSeconds()).isEqualTo(45);
    }

    @Test
    void absentSeatRaisesNoMotion() {
        Session session = ScoCommittee.withPresent("China", "India", "Iran", "Kazakhstan", "Kyrgyzstan");

        assertThatThrownBy(() -> session.motions().raise("m", modCaucus("Belarus", 600, 60), T0))
                .hasMessage("Belarus is absent and cannot raise a motion.");
    }
}
