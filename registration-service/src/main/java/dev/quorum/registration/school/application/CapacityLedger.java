package dev.quorum.registration.school.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts the delegates a conference has accepted, school by school, so that concurrent
 * acceptances can never take more room than its capacity. Each school holds its room at most once:
 * reserving again what it holds, or releasing what it does not hold, changes nothing, so every step
 * that reserves or releases can be repeated by a retry or by the {@link RegistrationReconciler}.
 * Room is counted whether or not the conference has a capacity, so a capacity set later starts
 * from the delegates already accepted.
 */
public interface CapacityLedger {
    /**
     * Holds room for the school's {@code delegates}: true if it holds it now (also when it already
     * did), false (nothing changed) when that would exceed {@code capacity}. No capacity: always held.
     */
    boolean reserve(String conferenceId, String schoolId, int delegates, Optional<Integer> capacity);

    /** Gives back the room the school holds; nothing happens if it holds none. */
    void release(String conferenceId, String schoolId);

    /** The conference's holdings by school id. */
    Map<String, Holding> holdings(String conferenceId);

    /** The conferences that have a ledger. */
    List<String> conferences();

    /** The room one school holds, and since when (the reconciler leaves fresh holdings alone). */
    record Holding(int delegates, Instant since) {}
}
