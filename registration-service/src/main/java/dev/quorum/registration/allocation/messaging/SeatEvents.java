package dev.quorum.registration.allocation.messaging;

import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.platform.outbox.PendingEventFactory;
import org.springframework.stereotype.Component;

/**
 * Seat and delegate-seating events on {@code registration.events}, keyed by conference (so one
 * conference's seat history stays in order) with the seat id as subject. {@code version} is the
 * version of the document that recorded the fact: the allocation for {@code SeatAssigned}, the seat
 * assignment for the others.
 */
@Component
public class SeatEvents {
    public static final String TOPIC = "registration.events";

    private final PendingEventFactory events;

    public SeatEvents(PendingEventFactory events) {
        this.events = events;
    }

    public PendingEvent assigned(SeatAssigned data) {
        return events.create(TOPIC, SeatAssigned.TYPE, data.conferenceId(), data.seatId(), data);
    }

    public PendingEvent released(SeatReleased data) {
        return events.create(TOPIC, SeatReleased.TYPE, data.conferenceId(), data.seatId(), data);
    }

    public PendingEvent seated(DelegateSeated data) {
        return events.create(TOPIC, DelegateSeated.TYPE, data.conferenceId(), data.seatId(), data);
    }

    public PendingEvent unseated(DelegateUnseated data) {
        return events.create(TOPIC, DelegateUnseated.TYPE, data.conferenceId(), data.seatId(), data);
    }

    /** {@code quorum.registration.SeatAssigned.v1}: a finalized allocation gave the seat to the school. */
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

    /** {@code quorum.registration.SeatReleased.v1}: the school no longer holds the seat (it withdrew). */
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
