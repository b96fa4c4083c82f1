package dev.quorum.voting.vote.domain;

/** Why a vote closed: every eligible seat voted, or the chair closed it. */
public enum ClosedBy {
    ALL_VOTED,
    CHAIR
}
