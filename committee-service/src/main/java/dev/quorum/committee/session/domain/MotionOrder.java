package dev.quorum.committee.session.domain;

import dev.quorum.committee.committee.domain.MotionType;
import dev.quorum.committee.committee.domain.RulesProfile;
import java.util.Comparator;

/**
 * The order in which pending motions are taken: the profile's precedence (most disruptive first);
 * among moderated caucuses the longer total time first; otherwise first raised, first taken.
 */
public final class MotionOrder {
    private MotionOrder() {}

    public static Comparator<Motion> of(RulesProfile profile) {
        return Comparator.<Motion>comparingInt(m -> profile.precedence(m.type()))
                .thenComparingInt(MotionOrder::longerCaucusFirst)
                .thenComparingLong(Motion::sequence);
    }

    private static int longerCaucusFirst(Motion m) {
        return m.type() == MotionType.MODERATED_CAUCUS ? -m.durationSeconds() : 0;
    }
}
