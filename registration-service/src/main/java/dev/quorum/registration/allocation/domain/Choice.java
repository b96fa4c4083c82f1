package dev.quorum.registration.allocation.domain;

import java.util.Objects;

/**
 * One entry of a school's ranked choices: a particular seat, or any seat of a committee.
 *
 * <p>A choice that matches no seat of the conference (an unknown committee, an unknown seat, or a
 * seat named under a committee it does not belong to) is ignored by the allocation.
 *
 * @param committeeId the committee wanted
 * @param seatId the seat wanted in that committee, or {@code null} for any seat of the committee
 */
public record Choice(String committeeId, String seatId) {

    public Choice {
        Objects.requireNonNull(committeeId, "committeeId");
    }

    /** Any seat of the committee. */
    public static Choice anySeatIn(String committeeId) {
        return new Choice(committeeId, null);
    }

    /** That seat of the committee. */
    public static Choice seat(String committeeId, String seatId) {
        return new Choice(committeeId, Objects.requireNonNull(seatId, "seatId"));
    }

    /** Whether this choice names the seat or the seat's committee. */
    public boolean matches(Seat seat) {
        return committeeId.equals(seat.committeeId()) && (seatId == null || seatId.equals(seat.seatId()));
    }
}
