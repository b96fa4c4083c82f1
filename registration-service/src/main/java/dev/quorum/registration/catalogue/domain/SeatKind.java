package dev.quorum.registration.catalogue.domain;

/** What a seat is in its committee; only members vote on substance, and only veto members may veto. */
public enum SeatKind {
    MEMBER,
    VETO_MEMBER,
    OBSERVER,
    NON_STATE_ACTOR
}
