package dev.quorum.registration.allocation.application;

import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.registration.allocation.domain.SeatAssignment;
import dev.quorum.registration.allocation.messaging.SeatEvents;
import dev.quorum.registration.school.application.SchoolWithdrawalHook;
import dev.quorum.registration.school.domain.School;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A school that withdraws after finalization gives its seats back: each seat, in one write, loses
 * its school and its delegates, with a {@code DelegateUnseated} per delegate and a {@code
 * SeatReleased}. The seat stays free; reassigning it is a later feature.
 */
@Component
class SeatReleaseOnWithdrawal implements SchoolWithdrawalHook {
    private static final int ATTEMPTS = 200;

    private final SeatAssignmentRepository assignments;
    private final SeatEvents events;

    SeatReleaseOnWithdrawal(SeatAssignmentRepository assignments, SeatEvents events) {
        this.assignments = assignments;
        this.events = events;
    }

    @Override
    public void withdrawn(School school) {
        for (SeatAssignment held : assignments.heldBy(school.conferenceId(), school.id())) {
            release(held, school.id());
        }
    }

    private void release(SeatAssignment seat, String schoolId) {
        for (int attempt = 0; attempt < ATTEMPTS && seat.heldBy(schoolId); attempt++) {
            if (assignments.update(seat, Optional.empty(), List.of(), releaseEvents(seat, schoolId))) {
                return;
            }
            // A delegate was seated or unseated meanwhile: release what the seat holds now.
            seat = assignments.find(seat.conferenceId(), seat.seatId()).orElseThrow();
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
