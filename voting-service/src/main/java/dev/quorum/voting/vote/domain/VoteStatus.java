package dev.quorum.voting.vote.domain;

/** A vote takes ballots while open; a closed vote has its result and never changes again. */
public enum VoteStatus {
    OPEN,
    CLOSED
}
