package dev.quorum.committee.committee.domain;

/** A country or position in a committee; {@code seatId} is stable across renames. */
public record Seat(String seatId, String name, SeatKind kind) {}
