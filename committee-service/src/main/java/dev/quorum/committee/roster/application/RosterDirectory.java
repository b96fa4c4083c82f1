package dev.quorum.committee.roster.application;

/** Port through which the sessions code checks that a delegate acts for their own seat. */
public interface RosterDirectory {
    /** Whether the roster, as registration last told it, has that delegate seated in that seat. */
    boolean seatHeldBy(String committeeId, String seatId, String delegateId);
}
