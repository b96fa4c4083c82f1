package dev.quorum.registration.allocation.application;

import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.registration.allocation.domain.SeatAssignment;
import dev.quorum.registration.allocation.messaging.SeatEvents;
import dev.quorum.registration.application.VersionedRetry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes a finalized seat back from its school: in one write the seat loses its school and its
 * delegates, with a {@code DelegateUnseated} per delegate and a {@code SeatReleased}. Used when a
 * school withdraws, when the Secretariat frees a seat by hand, and when a finalize finds that a
 * school withdrew while its seats were being stored. The seat stays free until the Secretariat
 * gives it to another school.
 */
@Component
class SeatRelease {
    private static final Logger log = LoggerFactory.getLogger(SeatRelease.class);

    private final SeatAssignmentRepository assignments;
    private final SeatEvents events;

    SeatRelease(SeatAssignmentRepository assignments, SeatEvents events) {
        this.assignments = assignments;
        this.events = events;
    }

    void releaseAllHeldBy(String conferenceId, String schoolId) {
        for (SeatAssignment held : assignments.heldBy(conferenceId, schoolId)) {
            release(held, schoolId);
        }
    }

    /** Frees the seat if {@code schoolId} still holds it; seatings racing in are released with it. */
    void release(SeatAssignment seat, String schoolId) {
        // VersionedRetry's bound, but no 409 at the end: this runs after the withdrawal is stored.
        for (int attempt = 0; attempt < VersionedRetry.ATTEMPTS && seat.heldBy(schoolId); attempt++) {
            if (assignments.update(seat, Optional.empty(), List.of(), releaseEvents(seat, schoolId))) {
                return;
            }
            // A delegate was seated or unseated meanwhile: release what the seat holds now.
            seat = assignments.find(seat.conferenceId(), seat.seatId()).orElseThrow();
        }
        if (seat.heldBy(schoolId)) {
            // Not the caller's failure: the withdrawal (or finalize) this is part of is stored; the
            // Secretariat frees the seat by hand (DELETE .../seat-assignments/{seatId}).
            log.warn(
                    "Seat {} of conference {} kept changing; it is still held by school {}",
                    seat.seatId(),
                    seat.conferenceId(),
                    schoolId);
        }
    }

    private List<PendingEvent> releaseEvents(SeatAssignment seat, String schoolId) {
        long version = seat.version() + 1;
        List<PendingEvent> released = new ArrayList<>();
        for (String delegate : seat.delegates()) {
            released.add(events.unseated(new SeatEvents.DelegateUnseated(
                    seat.conferenceId(), seat.seatId(), seat.committeeId(), schoolId, delegate, version)));
        }
        released.add(events.released(new SeatEvents.SeatReleased(
                seat.conferenceId(), seat.seatId(), seat.committeeId(), schoolId, version)));
        return released;
    }
}
