package dev.quorum.committee.session.domain;

/** Where a motion stands. Only PENDING and VOTING motions are still open. */
public enum MotionStatus {
    PENDING,
    /** Sent to voting-service; its VoteClosed decides it. */
    VOTING,
    ADOPTED,
    REJECTED,
    /** Ruled dilatory by the chair. */
    DILATORY,
    OUT_OF_ORDER,
    /** Dropped because a motion that ends the current business was adopted before it. */
    LAPSED;

    public boolean open() {
        return this == PENDING || this == VOTING;
    }
}
