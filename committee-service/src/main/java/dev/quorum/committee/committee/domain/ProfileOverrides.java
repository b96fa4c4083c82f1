package dev.quorum.committee.committee.domain;

import java.util.List;

/**
 * What a committee changes in its preset; every null field keeps the preset's value.
 *
 * @param motions the whole motion list in precedence order, replacing the preset's
 */
public record ProfileOverrides(
        Quorum quorumToDebate,
        Quorum quorumToVote,
        VoteRule procedural,
        VoteRule substantive,
        Boolean nonStateActorsVote,
        Integer defaultSpeakingTimeSeconds,
        List<MotionRule> motions) {

    public static final ProfileOverrides NONE = new ProfileOverrides(null, null, null, null, null, null, null);

    /** The preset with these overrides applied; not yet checked (see {@link ProfileCheck}). */
    public RulesProfile applyTo(RulesProfile preset) {
        return new RulesProfile(
                preset.preset(),
                or(quorumToDebate, preset.quorumToDebate()),
                or(quorumToVote, preset.quorumToVote()),
                or(procedural, preset.procedural()),
                or(substantive, preset.substantive()),
                or(nonStateActorsVote, preset.nonStateActorsVote()),
                or(defaultSpeakingTimeSeconds, preset.defaultSpeakingTimeSeconds()),
                or(motions, preset.motions()));
    }

    private static <T> T or(T override, T preset) {
        return override == null ? preset : override;
    }
}
