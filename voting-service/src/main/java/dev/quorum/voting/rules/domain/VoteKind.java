package dev.quorum.voting.rules.domain;

/** Procedural votes (motions) allow no abstention; substantive votes (resolutions, amendments) may. */
public enum VoteKind {
    PROCEDURAL,
    SUBSTANTIVE
}
