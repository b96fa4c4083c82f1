package dev.quorum.committee.session.domain;

import static dev.quorum.committee.session.domain.ScoCommittee.T0;
import static dev.quorum.committee.session.domain.ScoCommittee.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quorum.committee.committee.domain.MotionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The fields each motion carries (rules-of-procedure.md, "Motions"), and which motions end the current business. */
class MotionRequestTest {

    @ParameterizedTest(name = "{0} with duration {1}, per speaker {2}, topic {3}: {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "MODERATED_CAUCUS,   600, 60,  Water, ",
                "MODERATED_CAUCUS,   60,  60,  Water, ",
                "MODERATED_CAUCUS,   -,   60,  Water, durationSeconds",
                "MODERATED_CAUCUS,   600, -,   Water, speakingTimeSeconds",
                "MODERATED_CAUCUS,   600, 60,  -,     topic",
                "MODERATED_CAUCUS,   59,  60,  Water, speakingTimeSeconds",
                "UNMODERATED_CAUCUS, 300, -,   -,     ",
                "UNMODERATED_CAUCUS, -,   -,   -,     durationSeconds",
                "UNMODERATED_CAUCUS, 300, 30,  -,     speakingTimeSeconds",
                "SET_SPEAKING_TIME,  -,   45,  -,     ",
                "SET_SPEAKING_TIME,  -,   -,   -,     speakingTimeSeconds",
                "SET_SPEAKING_TIME,  60,  45,  -,     durationSeconds",
                "CLOSE_DEBATE,       -,   -,   -,     ",
                "CLOSE_DEBATE,       -,   30,  -,     speakingTimeSeconds",
            })
    void aMotionCarriesTheFieldsItsTypeNeedsAndOnlyThose(
            MotionType type, Integer duration, Integer perSpeaker, String topic, String faultyField) {
        MotionRequest request = new MotionRequest(type, id("India"), duration, perSpeaker, topic);

        if (faultyField == null) {
            assertThatNoException().isThrownBy(request::check);
        } else {
            assertThatThrownBy(request::check)
                    .isInstanceOfSatisfying(
                            SessionInputError.class, e -> assertThat(e.field()).isEqualTo(faultyField));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = MotionType.class,
            names = {
                "ADJOURN_MEETING",
                "SUSPEND_MEETING",
                "UNMODERATED_CAUCUS",
                "MODERATED_CAUCUS",
                "CLOSE_DEBATE",
                "TABLE_DEBATE"
            })
    void motionsThatEndTheCurrentBusiness(MotionType type) {
        assertThat(Motions.endsCurrentBusiness(type)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = MotionType.class,
            names = {
                "APPEAL_CHAIR",
                "SET_AGENDA",
                "OPEN_SPEAKERS_LIST",
                "CLOSE_SPEAKERS_LIST",
                "SET_SPEAKING_TIME",
                "DIVIDE_QUESTION",
                "REORDER_DRAFTS",
                "ROLL_CALL_VOTE"
            })
    void motionsThatLeaveTheOthersPending(MotionType type) {
        assertThat(Motions.endsCurrentBusiness(type)).isFalse();
    }

    @Test
    void anAdoptedSpeakingTimeLeavesTheOtherMotionsPending() {
        Session session = ScoCommittee.everyonePresent();
        session.motions().raise("st", new MotionRequest(MotionType.SET_SPEAKING_TIME, id("India"), null, 45, null), T0);
        session.motions().raise("st2", new MotionRequest(MotionType.SET_SPEAKING_TIME, id("Iran"), null, 60, null), T0);

        session.motions().decide("st", MotionDecision.ADOPTED, T0);

        assertThat(session.motions().pending()).extracting(Motion::motionId).containsExactly("st2");
    }
}
