package dev.quorum.voting.rules.domain;

/** The majority a vote needs (ADR 12): integer comparisons only, never rounded fractions of n. */
public enum Majority {
    SIMPLE,
    TWO_THIRDS,
    FIXED_COUNT,
    CONSENSUS
}
