package dev.quorum.committee.session.domain;

/** How the chair disposes of a pending motion without sending it to a vote. */
public enum MotionDecision {
    /** By acclamation: no objection. */
    ADOPTED,
    REJECTED,
    DILATORY,
    OUT_OF_ORDER
}
