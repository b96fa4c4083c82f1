package dev.quorum.committee.session.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.quorum.committee.committee.domain.MotionType;
import dev.quorum.committee.committee.domain.RulesPresets;
import dev.quorum.committee.committee.domain.RulesProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The order of pending motions against a reference model written straight from
 * rules-of-procedure.md: a selection sort that repeatedly takes the most disruptive motion.
 */
class MotionOrderPropertiesTest {
    /** rules-of-procedure.md, "Motions", most disruptive first. */
    private static final List<MotionType> SPEC_ORDER = List.of(
            MotionType.ADJOURN_MEETING,
            MotionType.SUSPEND_MEETING,
            MotionType.APPEAL_CHAIR,
            MotionType.UNMODERATED_CAUCUS,
            MotionType.MODERATED_CAUCUS,
            MotionType.CLOSE_DEBATE,
            MotionType.TABLE_DEBATE,
            MotionType.SET_AGENDA,
            MotionType.OPEN_SPEAKERS_LIST,
            MotionType.CLOSE_SPEAKERS_LIST,
            MotionType.SET_SPEAKING_TIME,
            MotionType.DIVIDE_QUESTION,
            MotionType.REORDER_DRAFTS,
            MotionType.ROLL_CALL_VOTE);

    private static final Instant T = Instant.parse("2025-11-21T09:00:00Z");

    @Test
    void everyPresetOrdersPendingMotionsAsTheRulesSay() {
        for (String preset : RulesPresets.names()) {
            RulesProfile profile = RulesPresets.of(preset);
            qt().withExamples(300)
                    .forAll(motions())
                    .checkAssert(raised -> assertThat(sorted(raised, profile))
                            .as(preset)
                            .containsExactlyElementsOf(reference(raised)));
        }
    }

    @Test
    void longerModeratedCaucusFirstAndEqualOnesInTheOrderRaised() {
        List<Motion> raised = List.of(mod(1, 600), mod(2, 900), mod(3, 600), close(4));

        assertThat(sorted(raised, RulesPresets.of(RulesPresets.UNA_USA)))
                .extracting(Motion::sequence)
                .containsExactly(2L, 1L, 3L, 4L);
    }

    @Test
    void adjournmentComesBeforeEverythingAndRollCallVoteLast() {
        List<Motion> raised =
                List.of(motion(1, MotionType.ROLL_CALL_VOTE), mod(2, 1200), motion(3, MotionType.ADJOURN_MEETING));

        assertThat(sorted(raised, RulesPresets.of(RulesPresets.THIMUN)))
                .extracting(Motion::sequence)
                .containsExactly(3L, 2L, 1L);
    }

    private static List<Motion> sorted(List<Motion> raised, RulesProfile profile) {
        return raised.stream().sorted(MotionOrder.of(profile)).toList();
    }

    private static List<Motion> reference(List<Motion> raised) {
        List<Motion> left = new ArrayList<>(raised);
        List<Motion> order = new ArrayList<>();
        while (!left.isEmpty()) {
            Motion first = left.get(0);
            for (Motion m : left) {
                if (beats(m, first)) {
                    first = m;
                }
            }
            left.remove(first);
            order.add(first);
        }
        return order;
    }

    private static boolean beats(Motion a, Motion b) {
        int rankA = SPEC_ORDER.indexOf(a.type());
        int rankB = SPEC_ORDER.indexOf(b.type());
        if (rankA != rankB) {
            return rankA < rankB;
        }
        if (a.type() == MotionType.MODERATED_CAUCUS && !a.durationSeconds().equals(b.durationSeconds())) {
            return a.durationSeconds() > b.durationSeconds();
        }
        return a.sequence() < b.sequence();
    }

    private static Gen<List<Motion>> motions() {
        Gen<Motion> motion = integers()
                .between(0, MotionType.values().length - 1)
                .zip(integers().between(1, 6), (type, minutes) -> new int[] {type, minutes * 60})
                .map(pair -> {
                    MotionType type = MotionType.values()[pair[0]];
                    return type == MotionType.MODERATED_CAUCUS ? mod(0, pair[1]) : motion(0, type);
                });
        return lists().of(motion).ofSizeBetween(0, 12).map(MotionOrderPropertiesTest::numbered);
    }

    private static List<Motion> numbered(List<Motion> motions) {
        List<Motion> numbered = new ArrayList<>();
        for (int i = 0; i < motions.size(); i++) {
            Motion m = motions.get(i);
            numbered.add(new Motion(
                    "m" + i,
                    m.type(),
                    "seat",
                    m.durationSeconds(),
                    m.speakingTimeSeconds(),
                    m.topic(),
                    T,
                    i + 1,
                    MotionStatus.PENDING,
                    null));
        }
        return numbered;
    }

    private static Motion mod(long sequence, int seconds) {
        return new Motion(
                "m" + sequence,
                MotionType.MODERATED_CAUCUS,
                "seat",
                seconds,
                30,
                "topic",
                T,
                sequence,
                MotionStatus.PENDING,
                null);
    }

    private static Motion close(long sequence) {
        return motion(sequence, MotionType.CLOSE_DEBATE);
    }

    private static Motion motion(long sequence, MotionType type) {
        return new Motion("m" + sequence, type, "seat", null, null, null, T, sequence, MotionStatus.PENDING, null);
    }
}
