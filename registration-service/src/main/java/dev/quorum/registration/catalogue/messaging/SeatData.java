package dev.quorum.registration.catalogue.messaging;

import dev.quorum.registration.catalogue.domain.Seat;
import dev.quorum.registration.catalogue.domain.SeatKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A seat as committee events carry it; an unknown {@code kind} makes the event unreadable. */
public record SeatData(
        @NotBlank @Size(max = 64) String seatId,
        @NotBlank @Size(max = 100) String name,
        @NotNull SeatKind kind) {

    /** Most seats a committee event may carry, as committee-service's schemas say. */
    static final int MAX_SEATS = 500;

    Seat toSeat() {
        return new Seat(seatId, name, kind);
    }

    static List<Seat> toSeats(List<SeatData> seats) {
        return seats.stream().map(SeatData::toSeat).toList();
    }

    /** True when no seat id appears twice, so that a choice of seat is never ambiguous. */
    static boolean idsAreUnique(List<SeatData> seats) {
        if (seats == null) {
            return true;
        }
        Set<String> ids = new HashSet<>();
        return seats.stream().filter(Objects::nonNull).allMatch(s -> ids.add(s.seatId()));
    }
}
