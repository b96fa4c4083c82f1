package dev.quorum.committee.committee.domain;

/** How many yes votes adopt a proposal; the exact formulas are in VoteRequested.v1's schema (ADR 12). */
public enum Majority {
    SIMPLE,
    TWO_THIRDS,
    FIXED_COUNT,
    CONSENSUS
}
