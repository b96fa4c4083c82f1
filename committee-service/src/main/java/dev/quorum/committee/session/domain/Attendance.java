package dev.quorum.committee.session.domain;

/** A seat's answer to the roll call (rules-of-procedure.md, "Attendance"). */
public enum Attendance {
    PRESENT,
    /** Present and may not abstain on substantive votes. */
    PRESENT_AND_VOTING,
    ABSENT;

    public boolean present() {
        return this != ABSENT;
    }
}
