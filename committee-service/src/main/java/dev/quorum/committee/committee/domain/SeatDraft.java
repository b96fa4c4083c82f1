package dev.quorum.committee.committee.domain;

/**
 * A seat as the Secretariat lists it: {@code seatId} null for a new seat, or the id of a seat the
 * committee already has, which then keeps its id (and so its school and delegates).
 */
public record SeatDraft(String seatId, String name, SeatKind kind) {}
