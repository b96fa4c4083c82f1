package dev.quorum.registration.allocation.application;

import dev.quorum.registration.allocation.domain.Proposal;
import dev.quorum.registration.allocation.domain.ProposedSeat;
import java.util.Optional;

/**
 * Proposals, each one document holding all its seats, so that every change to a proposal is one
 * atomic single-document write: a seat can never be given to two schools, nor a school more
 * delegates than it brings, however many requests race.
 */
public interface AllocationRepository {
    void insert(Proposal proposal);

    Optional<Proposal> find(String conferenceId, String allocationId);

    /**
     * Gives the free seat to the school while the proposal is still proposed, the seat still free
     * and the school's placed delegates plus the seat's stay within {@code requested}.
     *
     * @return false (nothing changed) when any of these no longer holds
     */
    boolean claim(String allocationId, ProposedSeat seat, int requested);

    /** Frees the seat if {@code holder} still holds it and the proposal is still proposed; false otherwise. */
    boolean release(String allocationId, ProposedSeat seat);

    /**
     * Marks the proposal finalized, if it is still proposed at {@code version}.
     *
     * @return false when it changed meanwhile (or is already final)
     */
    boolean finalize(String allocationId, long version);

    /**
     * Records that the conference finalized this allocation; a conference finalizes one allocation
     * only, so the first allocation recorded wins.
     *
     * @return the allocation the conference finalized (this one, or the one recorded earlier)
     */
    String recordFinalized(String conferenceId, String allocationId);

    /** The allocation the conference finalized (or began to), if any. */
    Optional<String> finalizedAllocation(String conferenceId);
}
