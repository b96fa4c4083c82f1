package dev.quorum.registration.allocation.application;

import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.registration.allocation.domain.SeatAssignment;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The seats of a conference's finalized allocation, one document per seat carrying its own
 * outbox. Every change is guarded by the version read before it, so concurrent seatings are
 * decided by the store: one wins, the others read again.
 */
public interface SeatAssignmentRepository {
    /**
     * Stores the seat at version 1 with the events of its assignment, unless it is already stored
     * (a retried finalize, or another request was first).
     *
     * @return whether this call stored it
     */
    boolean insertIfAbsent(SeatAssignment assignment, List<PendingEvent> events);

    Optional<SeatAssignment> find(String conferenceId, String seatId);

    /** The seat the delegate sits on, if any. */
    Optional<SeatAssignment> findByDelegate(String conferenceId, String delegateId);

    /** The ids of the conference's seats that a school holds. */
    Set<String> heldSeatIds(String conferenceId);

    /** The ids of the conference's stored seats, held or free. */
    Set<String> storedSeatIds(String conferenceId);

    /** The seats held by the school. */
    List<SeatAssignment> heldBy(String conferenceId, String schoolId);

    /** A page of the conference's held seats (only the school's, when given), by committee and seat. */
    Page page(String conferenceId, Optional<String> schoolId, int page, int size);

    /**
     * Stores the seat's new school and delegates with the events, if the seat is still at {@code
     * expected.version()}.
     *
     * @return false when it changed meanwhile
     */
    boolean update(
            SeatAssignment expected, Optional<String> schoolId, List<String> delegates, List<PendingEvent> events);

    record Page(List<SeatAssignment> items, long total) {}
}
