package dev.quorum.registration.catalogue.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * This service's copy of a committee, learnt from committee-service's events: what schools rank
 * and what seats are allocated from. committee-service owns the committee.
 *
 * @param name null only while the committee is known from a seat snapshot alone (its creation
 *     event never arrived); the same holds for {@code abbreviation}
 * @param delegationSize delegates per seat: 1 or 2
 * @param seats in the order the Secretariat listed them
 */
public record Committee(
        String id, String conferenceId, String name, String abbreviation, int delegationSize, List<Seat> seats) {

    public Committee {
        Objects.requireNonNull(id);
        Objects.requireNonNull(conferenceId);
        seats = List.copyOf(seats);
        if (delegationSize < 1 || delegationSize > 2) {
            throw new IllegalArgumentException("delegationSize must be 1 or 2, not " + delegationSize);
        }
    }

    public Optional<Seat> seat(String seatId) {
        return seats.stream().filter(s -> s.id().equals(seatId)).findFirst();
    }

    /** Its seats as allocation sees them, each with the committee and the delegation size. */
    public List<CommitteeSeat> committeeSeats() {
        return seats.stream()
                .map(s -> new CommitteeSeat(id, s.id(), s.name(), s.kind(), delegationSize))
                .toList();
    }
}
