package dev.quorum.voting.rules.domain;

/** A seat's roll-call answer: a PRESENT_AND_VOTING seat gave up its right to abstain on substantive votes. */
public enum Attendance {
    PRESENT,
    PRESENT_AND_VOTING,
    ABSENT
}
