package dev.quorum.registration.catalogue.domain;

import java.util.Objects;

/**
 * A seat of a committee: the country or position one school's delegation will hold.
 *
 * @param id unique within its committee
 * @param name the country or position, e.g. {@code Kazakhstan}
 */
public record Seat(String id, String name, SeatKind kind) {
    public Seat {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
    }
}
