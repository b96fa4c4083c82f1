package dev.quorum.voting.rules.domain;

/** Result of a closed vote. VETOED: a veto member voted no where the veto applies. */
public enum Outcome {
    ADOPTED,
    REJECTED,
    VETOED
}
