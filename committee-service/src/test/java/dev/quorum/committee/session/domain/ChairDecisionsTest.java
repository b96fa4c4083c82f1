package dev.quorum.committee.session.domain;

import static dev.quorum.committee.session.domain.ScoCommittee.T0;
import static dev.quorum.committee.session.domain.ScoCommittee.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quorum.committee.committee.domain.MotionType;
import org.junit.jupiter.api.Test;

/**
 * The chair decides motions only while the committee sits, and an appeal overturns the chair's last
 * ruling, not an earlier one (rules-of-procedure.md, "Motions").
 */
class ChairDecisionsTest {

    @Test
    void noMotionIsDecidedOrSentToAVoteWhileTheSessionIsSuspended() {
        Session session = ScoCommittee.everyonePresent();
        session.motions().raise("time", speakingTime(45), T0);
        session.suspend();
        int eventsBefore = session.events().size();

        assertThatThrownBy(() -> session.motions().decide("time", MotionDecision.ADOPTED, T0))
                .isInstanceOf(SessionConflict.class)
                .hasMessage("Cannot decide a motion: the session is SUSPENDED.");
        assertThatThrownBy(() -> session.motions().sendToVote("time", "v1", T0))
                .isInstanceOf(SessionConflict.class)
                .hasMessage("Cannot send a motion to a vote: the session is SUSPENDED.");

        assertThat(session.motions().pending()).extracting(Motion::motionId).containsExactly("time");
        assertThat(session.pendingVote()).isEmpty();
        assertThat(session.data().speakingTimeSeconds()).isEqualTo(90);
        assertThat(session.events()).hasSize(eventsBefore);
        session.resume();
        session.motions().decide("time", MotionDecision.ADOPTED, T0);
        assertThat(session.data().speakingTimeSeconds()).isEqualTo(45);
    }

    @Test
    void noMotionIsDecidedOrSentToAVoteOnceTheSessionIsAdjourned() {
        Session session = ScoCommittee.everyonePresent();
        session.motions().raise("time", speakingTime(45), T0);
        session.adjourn();

        assertThatThrownBy(() -> session.motions().decide("time", MotionDecision.OUT_OF_ORDER, T0))
                .hasMessage("Cannot decide a motion: the session is ADJOURNED.");
        assertThatThrownBy(() -> session.motions().sendToVote("time", "v1", T0))
                .hasMessage("Cannot send a motion to a vote: the session is ADJOURNED.");
        assertThat(session.data().procedure().lastRuling()).isNull();
        assertThat(session.pendingVote()).isEmpty();
    }

    /** Two rulings, one dilatory and then one out of order: the appeal concerns the later one only. */
    @Test
    void anAppealOverturnsTheChairsLastRulingAndLeavesTheEarlierOne() {
        Session session = ScoCommittee.everyonePresent();
        session.motions().raise("first", speakingTime(45), T0);
        session.motions().raise("second", speakingTime(60), T0);
        session.motions().decide("first", MotionDecision.DILATORY, T0);
        session.motions().decide("second", MotionDecision.OUT_OF_ORDER, T0);

        session.motions().raise("appeal", new MotionRequest(MotionType.APPEAL_CHAIR, id("Iran"), null, null, null), T0);
        session.motions().decide("appeal", MotionDecision.ADOPTED, T0);

        assertThat(session.motions().pending()).extracting(Motion::motionId).containsExactly("second");
        assertThat(status(session, "first")).isEqualTo(MotionStatus.DILATORY);
        assertThat(session.data().procedure().lastRuling()).isNull();
        assertThat(session.events()).endsWith(new SessionEvent.Changed("RULING_OVERTURNED"));
    }

    /** Persistence writes the session from its stored state: it holds the state and the vote awaited. */
    @Test
    void theStoredStateHoldsWhereTheSessionStandsAndTheVoteItAwaits() {
        Session session = ScoCommittee.everyonePresent();
        session.motions().raise("time", speakingTime(45), T0);

        PendingVote vote = session.motions().sendToVote("time", "v1", T0);
        session.suspend();

        assertThat(session.data().pendingVote()).isEqualTo(vote);
        assertThat(session.data().state()).isEqualTo(SessionState.SUSPENDED);
    }

    private static MotionRequest speakingTime(int seconds) {
        return new MotionRequest(MotionType.SET_SPEAKING_TIME, id("Russia"), null, seconds, null);
    }

    private static MotionStatus status(Session session, String motionId) {
        return session.data().motions().stream()
                .filter(m -> m.motionId().equals(motionId))
                .findFirst()
                .orElseThrow()
                .status();
    }
}
