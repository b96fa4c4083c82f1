package dev.quorum.committee.committee.messaging;

import dev.quorum.committee.committee.domain.Seat;

/** A seat as CommitteeCreated.v1 and CommitteeSeatsChanged.v1 carry it. */
public record SeatData(String seatId, String name, String kind) {
    static SeatData of(Seat seat) {
        return new SeatData(seat.seatId(), seat.name(), seat.kind().name());
    }
}
