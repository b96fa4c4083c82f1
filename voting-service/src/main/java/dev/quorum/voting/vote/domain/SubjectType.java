package dev.quorum.voting.vote.domain;

/** The kinds of business a committee votes on (ADR 12). */
public enum SubjectType {
    MOTION,
    DRAFT_RESOLUTION,
    AMENDMENT,
    DIVIDED_CLAUSE
}
