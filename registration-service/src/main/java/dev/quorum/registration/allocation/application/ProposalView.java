package dev.quorum.registration.allocation.application;

import dev.quorum.registration.allocation.domain.Proposal;

/**
 * A proposal with how many of the conference's catalogued seats it leaves free.
 *
 * @param catalogueSeats the seats of the conference's catalogue now
 */
public record ProposalView(Proposal proposal, int catalogueSeats) {
    public int freeSeats() {
        return Math.max(0, catalogueSeats - proposal.seats().size());
    }
}
