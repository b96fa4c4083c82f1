package dev.quorum.committee.session.domain;

import static dev.quorum.committee.session.domain.ScoCommittee.T0;
import static dev.quorum.committee.session.domain.ScoCommittee.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quorum.committee.committee.domain.MotionRule;
import dev.quorum.committee.committee.domain.MotionType;
import dev.quorum.committee.committee.domain.ProfileOverrides;
import dev.quorum.committee.committee.domain.RulesPresets;
import dev.quorum.committee.committee.domain.RulesProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How motions are raised, decided and sent to a vote, as the session's record shows them. */
class MotionRecordTest {
    private static final MotionRequest SPEAKING_TIME =
            new MotionRequest(MotionType.SET_SPEAKING_TIME, id("India"), null, 30, null);

    @Test
    void raisedMotionsAreNumberedInTheOrderRaisedAndRecorded() {
        Session session = ScoCommittee.everyonePresent();

        Motion first = session.motions().raise("a", SPEAKING_TIME, T0);
        Motion second = session.motions().raise("b", SPEAKING_TIME, T0.plusSeconds(1));

        assertThat(first)
                .isEqualTo(new Motion(
                        "a",
                        MotionType.SET_SPEAKING_TIME,
                        id("India"),
                        null,
                        30,
                        null,
                        T0,
                        1,
                        MotionStatus.PENDING,
                        null));
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(session.data().motionsRaised()).isEqualTo(2);
        assertThat(session.events())
                .endsWith(new SessionEvent.MotionRaised(first), new SessionEvent.MotionRaised(second));
    }

    @Test
    void aMotionTheRulesDoNotAllowIsRefused() {
        RulesProfile consensus = RulesPresets.of(RulesPresets.CONSENSUS);
        List<MotionRule> noRollCall = consensus.motions().stream()
                .filter(m -> m.type() != MotionType.ROLL_CALL_VOTE)
                .toList();
        RulesProfile profile = new ProfileOverrides(null, null, null, null, null, null, noRollCall).applyTo(consensus);
        Session session = Session.open("s", "sco", "acimun", ScoCommittee.seats(), ScoCommittee.AGENDA, profile, T0);
        session.recordRollCall(ScoCommittee.everyonePresent().data().attendanceInOrder());

        assertThatThrownBy(() -> session.motions()
                        .raise("rc", new MotionRequest(MotionType.ROLL_CALL_VOTE, id("India"), null, null, null), T0))
                .isInstanceOf(SessionConflict.class)
                .hasMessage("The CONSENSUS rules allow no motion ROLL_CALL_VOTE.");
        assertThat(session.data().motions()).isEmpty();
    }

    @Test
    void noMotionIsRaisedWhileTheSessionIsSuspendedOrWithoutQuorum() {
        Session suspended = ScoCommittee.everyonePresent();
        suspended.suspend();
        Session fewPresent = ScoCommittee.withPresent("China", "India", "Iran", "Kazakhstan");

        assertThatThrownBy(() -> suspended.motions().raise("a", SPEAKING_TIME, T0))
                .hasMessage("Cannot raise a motion: the session is SUSPENDED.");
        assertThatThrownBy(() -> fewPresent.motions().raise("a", SPEAKING_TIME, T0))
                .hasMessageStartingWith("Cannot raise a motion: the quorum to debate is not met");
    }

    @Test
    void theChairRulesAMotionOutOfOrderAtAnyTimeButDecidesOnlyTheFirst() {
        Session session = ScoCommittee.everyonePresent();
        session.motions().raise("sp", SPEAKING_TIME, T0);
        session.motions().raise("sus", new MotionRequest(MotionType.SUSPEND_MEETING, id("Iran"), null, null, null), T0);

        assertThatThrownBy(() -> session.motions().decide("sp", MotionDecision.REJECTED, T0))
                .isInstanceOf(SessionConflict.class)
                .hasMessage("The motion \"Suspend meeting\" takes precedence and must be disposed of first.");
        session.motions().decide("sp", MotionDecision.OUT_OF_ORDER, T0);

        Motion ruled = session.data().motions().get(0);
        assertThat(ruled.status()).isEqualTo(MotionStatus.OUT_OF_ORDER);
        assertThat(session.data().procedure().lastRuling()).isEqualTo("sp");
        assertThat(session.events()).endsWith(new SessionEvent.MotionResolved(ruled, "CHAIR"));
    }

    @Test
    void aRejectedMotionHasNoEffectAndIsNoRulingToAppeal() {
        Session session = ScoCommittee.everyonePresent();
        session.motions().raise("sp", SPEAKING_TIME, T0);

        session.motions().decide("sp", MotionDecision.REJECTED, T0);

        assertThat(session.data().speakingTimeSeconds()).isEqualTo(90);
        assertThat(session.data().procedure().lastRuling()).isNull();
        assertThatThrownBy(() -> session.motions().decide("sp", MotionDecision.ADOPTED, T0))
                .isInstanceOf(SessionConflict.class)
                .hasMessage("The motion is REJECTED, not pending.");
        assertThatThrownBy(() -> session.motions().decide("nope", MotionDecision.ADOPTED, T0))
                .isInstanceOf(SessionItemMissing.class)
                .hasMessage("The session has no motion nope.");
    }

    @Test
    void aMotionSentToAVoteWaitsForItsResultAndNothingElseIsDecidedMeanwhile() {
        Session session = ScoCommittee.everyonePresent();
        session.motions().raise("sp", SPEAKING_TIME, T0);
        session.motions().raise("sp2", SPEAKING_TIME, T0);

        PendingVote vote = session.motions().sendToVote("sp", "v1", T0.plusSeconds(5));

        Motion voting = session.data().motions().get(0);
        assertThat(vote)
                .isEqualTo(new PendingVote(
                        "v1", "sp", "Set speaking time, 30 s per speaker", T0.plusSeconds(5), VoteMethod.PLACARD));
        assertThat(voting.status()).isEqualTo(MotionStatus.VOTING);
        assertThat(voting.voteId()).isEqualTo("v1");
        assertThat(session.pendingVote()).contains(vote);
        assertThat(session.events()).endsWith(new SessionEvent.VoteRequested(vote, voting));
        assertThat(session.motions().pending()).extracting(Motion::motionId).containsExactly("sp2");
        assertThatThrownBy(() -> session.motions().decide("sp2", MotionDecision.ADOPTED, T0))
                .hasMessage("A vote is under way (Set speaking time, 30 s per speaker); wait for its result.");
    }

    @Test
    void aFailedVoteRejectsTheMotionWithoutEffect() {
        Session session = ScoCommittee.everyonePresent();
        session.motions().raise("sp", SPEAKING_TIME, T0);
        session.motions().sendToVote("sp", "v1", T0);

        assertThat(session.motions().applyVoteResult("v1", "sp", false, T0)).isTrue();

        Motion rejected = session.data().motions().get(0);
        assertThat(rejected.status()).isEqualTo(MotionStatus.REJECTED);
        assertThat(session.pendingVote()).isEmpty();
        assertThat(session.data().speakingTimeSeconds()).isEqualTo(90);
        assertThat(session.events()).endsWith(new SessionEvent.MotionResolved(rejected, "VOTE"));
    }

    @Test
    void aResultForAnotherVoteOrMotionChangesNothing() {
        Session session = ScoCommittee.everyonePresent();
        session.motions().raise("sp", SPEAKING_TIME, T0);
        session.motions().sendToVote("sp", "v1", T0);
        int events = session.events().size();

        assertThat(session.motions().applyVoteResult("v2", "sp", true, T0)).isFalse();
        assertThat(session.motions().applyVoteResult("v1", "other", true, T0)).isFalse();

        assertThat(session.data().motions().get(0).status()).isEqualTo(MotionStatus.VOTING);
        assertThat(session.pendingVote()).map(PendingVote::voteId).contains("v1");
        assertThat(session.events()).hasSize(events);
    }

    @Test
    void theRecordKeepsTheLastHundredDecidedMotionsAndEveryOpenOne() {
        Session session = ScoCommittee.everyonePresent();
        session.motions().raise("open", SPEAKING_TIME, T0);
        // the limit is applied when a motion is raised: 101 decided ones are on record until the next
        for (int i = 1; i <= Motions.CLOSED_KEPT + 1; i++) {
            session.motions().raise("m" + i, SPEAKING_TIME, T0);
            session.motions().decide("m" + i, MotionDecision.OUT_OF_ORDER, T0);
        }
        assertThat(session.data().motions()).hasSize(Motions.CLOSED_KEPT + 2);

        session.motions().raise("last", SPEAKING_TIME, T0);

        assertThat(session.data().motions()).hasSize(Motions.CLOSED_KEPT + 2);
        assertThat(session.data().motions())
                .extracting(Motion::motionId)
                .startsWith("open", "m2")
                .endsWith("last")
                .doesNotContain("m1");
    }

    @Test
    void aTitleNamesTheTypeAndItsFieldsAndStopsAtThreeHundredCharacters() {
        Motion adjourn =
                new Motion("a", MotionType.ADJOURN_MEETING, "s", null, null, null, T0, 1, MotionStatus.PENDING, null);
        Motion unmoderated =
                new Motion("u", MotionType.UNMODERATED_CAUCUS, "s", 300, null, null, T0, 1, MotionStatus.PENDING, null);
        Motion longTopic = new Motion(
                "d", MotionType.DIVIDE_QUESTION, "s", null, null, "x".repeat(400), T0, 1, MotionStatus.PENDING, null);

        assertThat(adjourn.title()).isEqualTo("Adjourn meeting");
        assertThat(unmoderated.title()).isEqualTo("Unmoderated caucus, 300 s");
        assertThat(longTopic.title()).hasSize(300).startsWith("Divide question: xxx");
    }
}
