package dev.quorum.committee.committee.domain;

/** A motion a profile allows and the rule its vote follows. */
public record MotionRule(MotionType type, VoteRule rule) {}
