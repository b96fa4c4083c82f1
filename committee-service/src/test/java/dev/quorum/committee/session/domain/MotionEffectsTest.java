package dev.quorum.committee.session.domain;

import static dev.quorum.committee.session.domain.ScoCommittee.AGENDA;
import static dev.quorum.committee.session.domain.ScoCommittee.T0;
import static dev.quorum.committee.session.domain.ScoCommittee.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quorum.committee.committee.domain.MotionType;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What each adopted motion does, one row per motion type (rules-of-procedure.md, "Motions"). */
class MotionEffectsTest {
    private static final String SECURITY = AGENDA.get(0);
    private static final String ECONOMY = AGENDA.get(1);

    record Case(MotionType type, Integer duration, Integer speakingTime, String topic, Consumer<Session> expect) {
        @Override
        public String toString() {
            return type.name();
        }
    }

    static Stream<Arguments> everyMotion() {
        return Stream.of(
                        new Case(MotionType.ADJOURN_MEETING, null, null, null, s -> assertState(s, "ADJOURNED")),
                        new Case(MotionType.SUSPEND_MEETING, null, null, null, s -> assertState(s, "SUSPENDED")),
                        new Case(MotionType.UNMODERATED_CAUCUS, 300, null, null, s -> {
                            assertState(s, "UNMODERATED_CAUCUS");
                            assertThat(s.data().caucus().timer()).isEqualTo(Timer.start(T0, 300));
                        }),
                        new Case(MotionType.MODERATED_CAUCUS, 600, 60, "Water", s -> {
                            assertState(s, "MODERATED_CAUCUS");
                            assertThat(s.data().caucus().topic()).isEqualTo("Water");
                        }),
                        new Case(MotionType.CLOSE_DEBATE, null, null, null, s -> {
                            assertState(s, "VOTING_PROCEDURE");
                            assertChange(s, "VOTING_PROCEDURE_BEGAN");
                        }),
                        new Case(MotionType.TABLE_DEBATE, null, null, null, s -> {
                            assertThat(s.data().procedure().agendaItem()).isNull();
                            assertThat(s.data().procedure().tabledItems()).containsExactly(SECURITY);
                            assertThat(s.data().generalList().queue()).isEmpty();
                            assertChange(s, "DEBATE_TABLED");
                        }),
                        new Case(MotionType.SET_AGENDA, null, null, ECONOMY, s -> {
                            assertThat(s.data().procedure().agendaItem()).isEqualTo(ECONOMY);
                            assertThat(s.data().generalList().queue()).isEmpty();
                            assertChange(s, "AGENDA_SET");
                        }),
                        new Case(
                                MotionType.OPEN_SPEAKERS_LIST,
                                null,
                                null,
                                null,
                                s -> assertThat(s.data().generalList().open()).isTrue()),
                        new Case(MotionType.CLOSE_SPEAKERS_LIST, null, null, null, s -> {
                            assertThat(s.data().generalList().open()).isFalse();
                            assertThat(s.data().generalList().queue()).containsExactly(id("India"));
                        }),
                        new Case(
                                MotionType.SET_SPEAKING_TIME,
                                null,
                                45,
                                null,
                                s -> assertThat(s.data().speakingTimeSeconds()).isEqualTo(45)),
                        new Case(MotionType.ROLL_CALL_VOTE, null, null, null, s -> {
                            assertThat(s.data().procedure().nextVoteMethod()).isEqualTo(VoteMethod.ROLL_CALL);
                            assertChange(s, "ROLL_CALL_VOTE_ORDERED");
                        }),
                        new Case(MotionType.APPEAL_CHAIR, null, null, null, s -> {
                            assertThat(s.motions().pending())
                                    .extracting(Motion::motionId)
                                    .containsExactly("ruled");
                            assertChange(s, "RULING_OVERTURNED");
                        }),
                        // these act on draft resolutions, which the service does not keep yet (ADR 26)
                        new Case(
                                MotionType.DIVIDE_QUESTION,
                                null,
                                null,
                                "Operative clause 3",
                                s -> assertState(s, "VOTING_PROCEDURE")),
                        new Case(MotionType.REORDER_DRAFTS, null, null, null, s -> assertState(s, "VOTING_PROCEDURE")))
                .map(Arguments::of);
    }

    @Test
    void everyMotionTypeHasARow() {
        assertThat(everyMotion().map(a -> ((Case) a.get()[0]).type())).containsExactlyInAnyOrder(MotionType.values());
    }

    /** Each motion is adopted twice: by the chair's acclamation and by a closed vote, with one effect. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyMotion")
    void anAdoptedMotionHasItsEffect(Case c) {
        for (boolean byVote : List.of(false, true)) {
            Session session = sessionReadyFor(c.type());
            MotionRequest request = new MotionRequest(c.type(), id("Iran"), c.duration(), c.speakingTime(), c.topic());
            session.motions().raise("m", request, T0);
            if (byVote) {
                session.motions().sendToVote("m", "v", T0);
                assertThat(session.motions().applyVoteResult("v", "m", true, T0))
                        .isTrue();
            } else {
                session.motions().decide("m", MotionDecision.ADOPTED, T0);
            }
            c.expect().accept(session);
        }
    }

    @Test
    void aRollCallMotionSetsTheMethodOfTheNextVoteOnly() {
        Session session = ScoCommittee.everyonePresent();
        closeDebate(session);
        session.motions().raise("rc", request(MotionType.ROLL_CALL_VOTE, null), T0);
        session.motions().decide("rc", MotionDecision.ADOPTED, T0);
        session.motions().raise("div", request(MotionType.DIVIDE_QUESTION, "Operative clause 3"), T0);

        assertThat(session.motions().sendToVote("div", "v1", T0).method()).isEqualTo(VoteMethod.ROLL_CALL);
        assertThat(session.data().procedure().nextVoteMethod()).isEqualTo(VoteMethod.PLACARD);
    }

    @Test
    void motionsThatCouldHaveNoEffectAreRefusedWhenRaised() {
        Session session = ScoCommittee.everyonePresent();

        assertThatThrownBy(() -> session.motions().raise("a", request(MotionType.SET_AGENDA, "Space"), T0))
                .isInstanceOfSatisfying(
                        SessionInputError.class, e -> assertThat(e.field()).isEqualTo("topic"));
        assertThatThrownBy(() -> session.motions().raise("t", request(MotionType.TABLE_DEBATE, null), T0))
                .hasMessageContaining("No agenda item is under debate");
        assertThatThrownBy(() -> session.motions().raise("p", request(MotionType.APPEAL_CHAIR, null), T0))
                .hasMessageContaining("no ruling");
        assertThat(session.data().motions()).isEmpty();
    }

    @Test
    void aTabledItemReturnsWhenTheAgendaIsSetToItAgain() {
        Session session = sessionReadyFor(MotionType.TABLE_DEBATE);
        session.motions().raise("t", request(MotionType.TABLE_DEBATE, null), T0);
        session.motions().decide("t", MotionDecision.ADOPTED, T0);
        session.motions().raise("back", request(MotionType.SET_AGENDA, SECURITY), T0);
        session.motions().decide("back", MotionDecision.ADOPTED, T0);

        assertThat(session.data().procedure().agendaItem()).isEqualTo(SECURITY);
        assertThat(session.data().procedure().tabledItems()).isEmpty();
    }

    @Test
    void endingVotingProcedureReturnsToDebateOnceNoVoteIsUnderWay() {
        Session session = ScoCommittee.everyonePresent();
        closeDebate(session);
        session.motions().raise("rc", request(MotionType.ROLL_CALL_VOTE, null), T0);
        session.motions().sendToVote("rc", "v1", T0);

        assertThatThrownBy(session::endVotingProcedure).hasMessageContaining("A vote is under way");
        session.motions().applyVoteResult("v1", "rc", true, T0);
        session.motions().raise("div", request(MotionType.DIVIDE_QUESTION, "Clause 2"), T0);
        session.endVotingProcedure();

        assertState(session, "FORMAL_DEBATE");
        assertThat(session.data().procedure().nextVoteMethod()).isEqualTo(VoteMethod.PLACARD);
        assertThat(session.motions().pending()).isEmpty();
        assertChange(session, "VOTING_PROCEDURE_ENDED");
        session.motions().raise("mod", new MotionRequest(MotionType.MODERATED_CAUCUS, id("India"), 300, 30, "X"), T0);
        assertThatThrownBy(session::endVotingProcedure).hasMessageContaining("not in voting procedure");
    }

    /** Everyone present, the first agenda item under debate, India on the list, the motion in order. */
    private static Session sessionReadyFor(MotionType type) {
        Session session = ScoCommittee.everyonePresent();
        session.motions().raise("agenda", request(MotionType.SET_AGENDA, SECURITY), T0);
        session.motions().decide("agenda", MotionDecision.ADOPTED, T0);
        session.floor().addSpeaker(id("India"));
        switch (type) {
            case DIVIDE_QUESTION, REORDER_DRAFTS, ROLL_CALL_VOTE -> closeDebate(session);
            case APPEAL_CHAIR -> {
                session.motions().raise("ruled", request(MotionType.SET_SPEAKING_TIME, null, 30), T0);
                session.motions().decide("ruled", MotionDecision.DILATORY, T0);
            }
            case OPEN_SPEAKERS_LIST -> {
                session.motions().raise("close", request(MotionType.CLOSE_SPEAKERS_LIST, null), T0);
                session.motions().decide("close", MotionDecision.ADOPTED, T0);
            }
            default -> {
                // formal debate as it is
            }
        }
        return session;
    }

    private static void closeDebate(Session session) {
        session.motions().raise("cloture", request(MotionType.CLOSE_DEBATE, null), T0);
        session.motions().decide("cloture", MotionDecision.ADOPTED, T0);
    }

    private static MotionRequest request(MotionType type, String topic) {
        return request(type, topic, null);
    }

    private static MotionRequest request(MotionType type, String topic, Integer speakingTime) {
        return new MotionRequest(type, id("Russia"), null, speakingTime, topic);
    }

    private static void assertState(Session s, String state) {
        assertThat(s.state().name()).isEqualTo(state);
    }

    private static void assertChange(Session s, String change) {
        assertThat(s.events()).contains(new SessionEvent.Changed(change));
    }
}
