package dev.quorum.registration.preference.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One ranked choice of a school: a committee, and in it a seat or, when {@code seatId} is empty,
 * any seat of that committee.
 */
public record Choice(String committeeId, Optional<String> seatId) {
    public Choice {
        Objects.requireNonNull(committeeId);
        seatId = seatId == null ? Optional.empty() : seatId;
    }
}
