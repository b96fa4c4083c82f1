package dev.quorum.committee.session.domain;

import static dev.quorum.committee.session.domain.ScoCommittee.AGENDA;
import static dev.quorum.committee.session.domain.ScoCommittee.T0;
import static dev.quorum.committee.session.domain.ScoCommittee.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.committee.committee.domain.MotionType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A motion adopted during a caucus that moves the committee on (cloture, the agenda, tabling, another
 * caucus) ends the caucus under way: its timer, its list and its speaker go, and it ends on the record,
 * once, as when its time runs out.
 */
class CaucusInterruptedTest {
    private static final Caucus WATER = new Caucus("water", true, "Water", 60, Timer.start(T0, 600));

    static Stream<MotionRequest> motionsThatEndTheCaucus() {
        return Stream.of(
                new MotionRequest(MotionType.CLOSE_DEBATE, id("Russia"), null, null, null),
                new MotionRequest(MotionType.SET_AGENDA, id("Russia"), null, null, AGENDA.get(1)),
                new MotionRequest(MotionType.TABLE_DEBATE, id("Russia"), null, null, null),
                new MotionRequest(MotionType.UNMODERATED_CAUCUS, id("Russia"), 300, null, null),
                new MotionRequest(MotionType.MODERATED_CAUCUS, id("Russia"), 300, 30, "Energy"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("motionsThatEndTheCaucus")
    void anAdoptedMotionEndsTheCaucusUnderWay(MotionRequest request) {
        Session session = inWaterCaucusWithIndiaSpeaking();

        session.motions().raise("m", request, T0);
        session.motions().decide("m", MotionDecision.ADOPTED, T0);

        assertThat(session.events()).containsOnlyOnce(new SessionEvent.CaucusEnded(WATER));
        assertThat(session.data().currentSpeaker()).isNull();
        Caucus now = session.data().caucus();
        if (now == null) {
            assertThat(session.data().caucusList()).isNull();
        } else {
            // a new caucus replaced it: its own timer and, if moderated, its own empty list
            assertThat(now.motionId()).isEqualTo("m");
            assertThat(now.timer()).isEqualTo(Timer.start(T0, 300));
            assertThat(session.data().caucusList())
                    .isEqualTo(now.moderated() ? new SpeakersList("m", true, List.of()) : null);
        }
    }

    /** The first agenda item under debate, a moderated caucus on water with India speaking. */
    private static Session inWaterCaucusWithIndiaSpeaking() {
        Session session = ScoCommittee.everyonePresent();
        session.motions()
                .raise("agenda", new MotionRequest(MotionType.SET_AGENDA, id("Iran"), null, null, AGENDA.get(0)), T0);
        session.motions().decide("agenda", MotionDecision.ADOPTED, T0);
        session.motions()
                .raise("water", new MotionRequest(MotionType.MODERATED_CAUCUS, id("Iran"), 600, 60, "Water"), T0);
        session.motions().decide("water", MotionDecision.ADOPTED, T0);
        session.floor().addSpeaker(id("India"));
        session.floor().next(T0);
        assertThat(session.data().caucus()).isEqualTo(WATER);
        return session;
    }
}
