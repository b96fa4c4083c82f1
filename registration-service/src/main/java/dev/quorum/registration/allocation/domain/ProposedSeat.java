package dev.quorum.registration.allocation.domain;

import java.util.Objects;

/**
 * A seat a proposal gives to a school.
 *
 * @param choiceRank the school's preference rank of the seat when the allocator placed it
 *     ({@link SchoolDemand#UNRANKED} when none of its choices matched); 0 when the Secretariat placed
 *     it by hand
 */
public record ProposedSeat(String seatId, String committeeId, String schoolId, int delegationSize, int choiceRank) {
    public static final int BY_HAND = 0;

    public ProposedSeat {
        Objects.requireNonNull(seatId);
        Objects.requireNonNull(committeeId);
        Objects.requireNonNull(schoolId);
    }
}
