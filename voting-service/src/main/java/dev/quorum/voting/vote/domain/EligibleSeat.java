package dev.quorum.voting.vote.domain;

import dev.quorum.voting.rules.domain.Attendance;
import dev.quorum.voting.rules.domain.SeatKind;

/** A seat that may vote, with the attendance it answered at the roll call the vote was opened on. */
public record EligibleSeat(String seatId, String name, SeatKind kind, Attendance attendance) {}
