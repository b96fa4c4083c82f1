package dev.quorum.registration.school.application;

/**
 * Counts the delegates a conference has accepted, so that concurrent acceptances can never take
 * more room than its capacity: a reservation is one conditional increment.
 */
public interface CapacityLedger {
    /** Reserves room for {@code delegates}; false (and nothing changed) when it would exceed {@code capacity}. */
    boolean tryReserve(String conferenceId, int capacity, int delegates);

    /** Gives back room reserved before. */
    void release(String conferenceId, int delegates);

    int accepted(String conferenceId);
}
