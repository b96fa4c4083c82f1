package dev.quorum.voting.rules.domain;

/** A ballot's choice. PASS defers a roll-call answer once; the seat must then vote yes or no. */
public enum Choice {
    YES,
    NO,
    ABSTAIN,
    PASS
}
