package dev.quorum.committee.session.domain;

/** How a vote is taken (rules-of-procedure.md, "Voting procedure"). */
public enum VoteMethod {
    PLACARD,
    /** Each delegation answers in turn when called; set for the next vote by a roll-call motion. */
    ROLL_CALL
}
