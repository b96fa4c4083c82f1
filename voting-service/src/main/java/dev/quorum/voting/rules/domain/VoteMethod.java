package dev.quorum.voting.rules.domain;

/** Placard vote, or roll-call vote (the only method that allows a seat to pass once). */
public enum VoteMethod {
    PLACARD,
    ROLL_CALL
}
