package dev.quorum.registration.allocation.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A seat of a finalized allocation: the school holding it and the delegates it put on it, at
 * most {@code delegationSize}. After the school withdraws, the seat is released and held by no one.
 */
public record SeatAssignment(
        String conferenceId,
        String seatId,
        String committeeId,
        Optional<String> schoolId,
        int delegationSize,
        List<String> delegates,
        long version) {

    public SeatAssignment {
        Objects.requireNonNull(conferenceId);
        Objects.requireNonNull(seatId);
        Objects.requireNonNull(committeeId);
        schoolId = schoolId == null ? Optional.empty() : schoolId;
        delegates = List.copyOf(delegates);
    }

    public boolean heldBy(String school) {
        return schoolId.filter(school::equals).isPresent();
    }

    public boolean seats(String delegateId) {
        return delegates.contains(delegateId);
    }

    public boolean full() {
        return delegates.size() >= delegationSize;
    }
}
