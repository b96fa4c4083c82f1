package dev.quorum.registration.catalogue.domain;

/**
 * One seat of a conference as allocation sees it: which committee, which seat, and how many
 * delegates a school sends to it.
 */
public record CommitteeSeat(String committeeId, String seatId, String name, SeatKind kind, int delegationSize) {}
