package dev.quorum.registration.allocation.application;

import dev.quorum.platform.problem.ConflictException;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.security.Roles;
import dev.quorum.registration.allocation.domain.SeatAssignment;
import dev.quorum.registration.allocation.messaging.SeatEvents;
import dev.quorum.registration.application.VersionedRetry;
import dev.quorum.registration.delegate.application.DelegateRepository;
import dev.quorum.registration.delegate.domain.Delegate;
import dev.quorum.registration.school.application.SchoolAccess;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Advisors put their delegates on their school's seats. Two rules, both decided by the store:
 *
 * <ul>
 *   <li>A seat takes at most its delegation size: every change of a seat is a write guarded by the
 *       version read, so of many delegates racing for the last place one wins and the others, on
 *       reading again, find the seat full (409).
 *   <li>A delegate sits on one seat at most: seat lists are separate documents, so "not on any
 *       other seat" cannot be part of one write. Instead a request first takes the delegate's
 *       seating lock (a conditional write on the delegate, with a lease in case the holder
 *       crashes), and only the holder reads where the delegate sits, leaves that seat, and takes
 *       the new one. A second request for the same delegate meanwhile gets 409.
 * </ul>
 */
@Service
public class SeatingService {
    private static final Duration LOCK_LEASE = Duration.ofSeconds(30);

    private final ConferenceAdministration administration;
    private final SeatAssignmentRepository assignments;
    private final DelegateRepository delegates;
    private final SchoolAccess schoolAccess;
    private final SeatEvents events;
    private final Clock clock;

    public SeatingService(
            ConferenceAdministration administration,
            SeatAssignmentRepository assignments,
            DelegateRepository delegates,
            SchoolAccess schoolAccess,
            SeatEvents events,
            Clock clock) {
        this.administration = administration;
        this.assignments = assignments;
        this.delegates = delegates;
        this.schoolAccess = schoolAccess;
        this.events = events;
        this.clock = clock;
    }

    /** The conference's Secretariat sees every held seat; an advisor its own school's; others nothing (404). */
    public SeatAssignmentRepository.Page list(QuorumPrincipal caller, String conferenceId, int page, int size) {
        administration.visibleTo(caller, conferenceId);
        if (caller.administers(conferenceId)) {
            return assignments.page(conferenceId, Optional.empty(), page, size);
        }
        if (caller.hasRole(Roles.ADVISOR) && caller.school().isPresent()) {
            return assignments.page(conferenceId, caller.school(), page, size);
        }
        throw new NotFoundException("No conference " + conferenceId + ".");
    }

    /** Puts the delegate on a seat its school holds, leaving the seat it sat on before. */
    public SeatAssignment seat(QuorumPrincipal caller, String delegateId, String seatId) {
        Delegate delegate = visibleDelegate(caller, delegateId);
        SeatAssignment target = assignments
                .find(delegate.conferenceId(), seatId)
                .orElseThrow(() -> new NotFoundException("No assigned seat " + seatId + " in this conference."));
        requireSchoolHolds(target, delegate);
        return withSeatingLock(delegate, () -> {
            Optional<SeatAssignment> current = assignments.findByDelegate(delegate.conferenceId(), delegateId);
            if (current.isPresent() && current.get().seatId().equals(seatId)) {
                return current.get();
            }
            SeatAssignment before =
                    assignments.find(delegate.conferenceId(), seatId).orElseThrow();
            requireRoom(before, delegate);
            current.ifPresent(seat -> leave(seat.seatId(), delegate));
            Optional<SeatAssignment> seated;
            try {
                seated = take(seatId, delegate);
            } catch (RuntimeException e) {
                // A store failure after leaving the old seat: back to it, so that the delegate is not
                // left unseated; the client's retry then moves it (leave and take are both repeatable).
                current.ifPresent(seat -> returnTo(seat.seatId(), delegate, e));
                throw e;
            }
            if (seated.isEmpty()) {
                // Filled up between the check and the write: best effort back to where the delegate sat.
                current.ifPresent(seat -> take(seat.seatId(), delegate));
                throw new ConflictException("Seat " + seatId + " is full.");
            }
            return seated.get();
        });
    }

    private void returnTo(String seatId, Delegate delegate, RuntimeException failure) {
        try {
            take(seatId, delegate);
        } catch (RuntimeException undo) {
            failure.addSuppressed(undo);
        }
    }

    /** Takes the delegate off its seat; nothing happens if it sits nowhere. */
    public void unseat(QuorumPrincipal caller, String delegateId) {
        Delegate delegate = visibleDelegate(caller, delegateId);
        withSeatingLock(delegate, () -> {
            assignments
                    .findByDelegate(delegate.conferenceId(), delegateId)
                    .ifPresent(seat -> leave(seat.seatId(), delegate));
            return null;
        });
    }

    /** Adds the delegate to the seat with {@code DelegateSeated}; empty when the seat is full or no longer the school's. */
    private Optional<SeatAssignment> take(String seatId, Delegate delegate) {
        return VersionedRetry.untilWritten(() -> takeOnce(seatId, delegate), busy(seatId));
    }

    /** One attempt of {@link #take}: empty when the seat changed between the read and the write. */
    private Optional<Optional<SeatAssignment>> takeOnce(String seatId, Delegate delegate) {
        SeatAssignment seat = assignments.find(delegate.conferenceId(), seatId).orElseThrow();
        if (seat.seats(delegate.id())) {
            return Optional.of(Optional.of(seat));
        }
        if (seat.full() || !seat.heldBy(delegate.schoolId())) {
            return Optional.of(Optional.empty());
        }
        List<String> seated = new ArrayList<>(seat.delegates());
        seated.add(delegate.id());
        long version = seat.version() + 1;
        boolean written = assignments.update(
                seat,
                seat.schoolId(),
                seated,
                List.of(events.seated(new SeatEvents.DelegateSeated(
                        seat.conferenceId(),
                        seatId,
                        seat.committeeId(),
                        delegate.schoolId(),
                        delegate.id(),
                        version))));
        return written ? Optional.of(assignments.find(delegate.conferenceId(), seatId)) : Optional.empty();
    }

    /** Removes the delegate from the seat with {@code DelegateUnseated}, if it sits there. */
    private void leave(String seatId, Delegate delegate) {
        VersionedRetry.untilWritten(
                () -> {
                    SeatAssignment seat =
                            assignments.find(delegate.conferenceId(), seatId).orElseThrow();
                    if (!seat.seats(delegate.id())) {
                        return Optional.of(seat);
                    }
                    List<String> seated = new ArrayList<>(seat.delegates());
                    seated.remove(delegate.id());
                    boolean written = assignments.update(
                            seat,
                            seat.schoolId(),
                            seated,
                            List.of(events.unseated(new SeatEvents.DelegateUnseated(
                                    seat.conferenceId(),
                                    seatId,
                                    seat.committeeId(),
                                    delegate.schoolId(),
                                    delegate.id(),
                                    seat.version() + 1))));
                    return written ? Optional.of(seat) : Optional.empty();
                },
                busy(seatId));
    }

    private static String busy(String seatId) {
        return "Seat " + seatId + " is busy; try again.";
    }

    private <T> T withSeatingLock(Delegate delegate, Supplier<T> work) {
        String token = UUID.randomUUID().toString();
        Instant now = clock.instant();
        if (!delegates.lockSeating(delegate.id(), token, now, now.plus(LOCK_LEASE))) {
            throw new ConflictException(
                    "Delegate " + delegate.id() + " is being seated by another request; try again.");
        }
        try {
            return work.get();
        } finally {
            delegates.unlockSeating(delegate.id(), token);
        }
    }

    private static void requireSchoolHolds(SeatAssignment seat, Delegate delegate) {
        if (!seat.heldBy(delegate.schoolId())) {
            throw new ConflictException("Seat " + seat.seatId() + " is not held by the delegate's school.");
        }
    }

    private static void requireRoom(SeatAssignment seat, Delegate delegate) {
        requireSchoolHolds(seat, delegate);
        if (seat.full()) {
            throw new ConflictException("Seat " + seat.seatId() + " is full.");
        }
    }

    /** The delegate, if the caller may act for its school (its advisor, the Secretariat); else 404. */
    private Delegate visibleDelegate(QuorumPrincipal caller, String delegateId) {
        Delegate delegate = delegates
                .findById(delegateId)
                .orElseThrow(() -> new NotFoundException("No delegate " + delegateId + "."));
        try {
            schoolAccess.visibleTo(caller, delegate.schoolId());
        } catch (NotFoundException e) {
            throw new NotFoundException("No delegate " + delegateId + ".");
        }
        return delegate;
    }
}
