package dev.quorum.voting.rules.domain;

/** Kind of a seat in the committee, as listed by committee-service in VoteRequested. */
public enum SeatKind {
    MEMBER,
    VETO_MEMBER,
    OBSERVER,
    NON_STATE_ACTOR
}
