package dev.quorum.committee.committee.domain;

import java.util.List;
import java.util.Optional;

/**
 * A committee's rules of procedure: a preset's values, possibly overridden.
 *
 * @param motions the motions this profile allows, in precedence order, most disruptive first
 */
public record RulesProfile(
        String preset,
        Quorum quorumToDebate,
        Quorum quorumToVote,
        VoteRule procedural,
        VoteRule substantive,
        boolean nonStateActorsVote,
        int defaultSpeakingTimeSeconds,
        List<MotionRule> motions) {

    public RulesProfile {
        motions = List.copyOf(motions);
    }

    /** The rule of a motion, empty when the profile does not allow it. */
    public Optional<MotionRule> motion(MotionType type) {
        return motions.stream().filter(m -> m.type() == type).findFirst();
    }

    /**
     * The motion's rank, 0 for the most disruptive.
     *
     * @throws IllegalArgumentException when the profile does not allow the motion
     */
    public int precedence(MotionType type) {
        for (int i = 0; i < motions.size(); i++) {
            if (motions.get(i).type() == type) {
                return i;
            }
        }
        throw new IllegalArgumentException("The " + preset + " profile allows no motion " + type + ".");
    }
}
