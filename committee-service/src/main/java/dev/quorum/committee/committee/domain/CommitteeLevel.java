package dev.quorum.committee.committee.domain;

/** How experienced the committee's delegates are expected to be; advisors match delegates by it. */
public enum CommitteeLevel {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED
}
