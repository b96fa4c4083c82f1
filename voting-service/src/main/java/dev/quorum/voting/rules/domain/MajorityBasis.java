package dev.quorum.voting.rules.domain;

/** What a SIMPLE or TWO_THIRDS majority is counted against: the seats voting yes or no (abstentions do not count), or every eligible seat present. */
public enum MajorityBasis {
    PRESENT_AND_VOTING,
    PRESENT
}
