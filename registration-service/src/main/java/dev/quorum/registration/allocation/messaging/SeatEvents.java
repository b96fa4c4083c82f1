package dev.quorum.registration.allocation.messaging;

import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.platform.outbox.PendingEventFactory;
import dev.quorum.registration.allocation.domain.SeatAssignment;
import dev.quorum.registration.messaging.RegistrationTopic;
import org.springframework.stereotype.Component;

/**
 * Seat and delegate-seating events on {@code registration.events}, keyed by conference (so one
 * conference's events share a partition) with the seat id as subject. Order holds per seat only:
 * each seat's events wait in its own assignment document, and the relay publishes documents
 * independently, so a move's {@code DelegateUnseated} (old seat) and {@code DelegateSeated} (new
 * seat) may arrive in either order (ADR 1). {@code version} is the version of the seat's
 * assignment document after the change; the CloudEvents {@code sequence} tells apart the events
 * of one write (e.g. the unseats and the release of a withdrawal).
 */
@Component
public class SeatEvents {
    private final PendingEventFactory events;

    public SeatEvents(PendingEventFactory events) {
        this.events = events;
    }

    /** The school now holds the seat; {@code seat} is the assignment as this write stores it. */
    public PendingEvent assigned(SeatAssignment seat, String allocationId) {
        SeatAssigned data = new SeatAssigned(
                seat.conferenceId(),
                allocationId,
                seat.seatId(),
                seat.committeeId(),
                seat.schoolId().orElseThrow(),
                seat.delegationSize(),
                seat.version());
        return events.create(RegistrationTopic.NAME, SeatAssigned.TYPE, data.conferenceId(), data.seatId(), data);
    }

    public PendingEvent released(SeatReleased data) {
        return events.create(RegistrationTopic.NAME, SeatReleased.TYPE, data.conferenceId(), data.seatId(), data);
    }

    public PendingEvent seated(DelegateSeated data) {
        return events.create(RegistrationTopic.NAME, DelegateSeated.TYPE, data.conferenceId(), data.seatId(), data);
    }

    public PendingEvent unseated(DelegateUnseated data) {
        return events.create(RegistrationTopic.NAME, DelegateUnseated.TYPE, data.conferenceId(), data.seatId(), data);
    }

    /**
     * {@code quorum.registration.SeatAssigned.v1}: the school holds the seat, given by the finalized
     * allocation {@code allocationId} or, after it, by the Secretariat by hand.
     */
    public record SeatAssigned(
            String conferenceId,
            String allocationId,
            String seatId,
            String committeeId,
            String schoolId,
            int delegationSize,
            long version) {
        public static final String TYPE = "quorum.registration.SeatAssigned.v1";
    }

    /** {@code quorum.registration.SeatReleased.v1}: the school no longer holds the seat (it withdrew, or the Secretariat freed it). */
    public record SeatReleased(String conferenceId, String seatId, String committeeId, String schoolId, long version) {
        public static final String TYPE = "quorum.registration.SeatReleased.v1";
    }

    /** {@code quorum.registration.DelegateSeated.v1}: the delegate now sits on the seat for its school. */
    public record DelegateSeated(
            String conferenceId, String seatId, String committeeId, String schoolId, String delegateId, long version) {
        public static final String TYPE = "quorum.registration.DelegateSeated.v1";
    }

    /** {@code quorum.registration.DelegateUnseated.v1}: the delegate left the seat. */
    public record DelegateUnseated(
            String conferenceId, String seatId, String committeeId, String schoolId, String delegateId, long version) {
        public static final String TYPE = "quorum.registration.DelegateUnseated.v1";
    }
}
