package dev.quorum.committee.committee.domain;

/** What a majority is counted against: seats voting yes or no, or every eligible seat present. */
public enum MajorityBasis {
    PRESENT_AND_VOTING,
    PRESENT
}
