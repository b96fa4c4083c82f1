package dev.quorum.registration.allocation.domain;

import java.util.Objects;

/**
 * A seat of a committee (a country or role) to be given to one school.
 *
 * @param seatId unique within the conference
 * @param committeeId the committee the seat belongs to
 * @param delegationSize how many delegates the seat takes, 1 (single delegation) or 2 (double
 *     delegation); all of them come from the school that holds the seat
 */
public record Seat(String seatId, String committeeId, int delegationSize) {

    public Seat {
        Objects.requireNonNull(seatId, "seatId");
        Objects.requireNonNull(committeeId, "committeeId");
        if (delegationSize != 1 && delegationSize != 2) {
            throw new IllegalArgumentException("seat " + seatId + " takes 1 or 2 delegates, not " + delegationSize);
        }
    }
}
