package dev.quorum.registration.allocation.application;

import dev.quorum.platform.problem.ConflictException;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.registration.allocation.domain.Proposal;
import dev.quorum.registration.allocation.domain.ProposedSeat;
import dev.quorum.registration.allocation.domain.SeatAssignment;
import dev.quorum.registration.allocation.messaging.SeatEvents;
import dev.quorum.registration.application.VersionedRetry;
import dev.quorum.registration.catalogue.application.CommitteeCatalog;
import dev.quorum.registration.catalogue.domain.CommitteeSeat;
import dev.quorum.registration.school.domain.School;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * After finalization the Secretariat gives free seats (released by a withdrawal, or never placed)
 * to accepted schools and frees held ones, on the seat-assignment documents themselves: a seat is
 * given only while no school holds it, in one write guarded by the version read, so of many
 * concurrent claims of one seat exactly one wins and the others get 409.
 *
 * <p>A school never gets more delegates than it brings: checked against the seats it holds when
 * the request reads them. Two simultaneous assignments of different seats to the same school
 * could both pass that check; both come from the Secretariat, which sees the result at once.
 */
@Service
public class SeatReassignment {

    private final ConferenceAdministration administration;
    private final AllocationRepository allocations;
    private final SeatAssignmentRepository assignments;
    private final AcceptedSchools acceptedSchools;
    private final SeatRelease release;
    private final CommitteeCatalog catalog;
    private final SeatEvents events;

    public SeatReassignment(
            ConferenceAdministration administration,
            AllocationRepository allocations,
            SeatAssignmentRepository assignments,
            AcceptedSchools acceptedSchools,
            SeatRelease release,
            CommitteeCatalog catalog,
            SeatEvents events) {
        this.administration = administration;
        this.allocations = allocations;
        this.assignments = assignments;
        this.acceptedSchools = acceptedSchools;
        this.release = release;
        this.catalog = catalog;
        this.events = events;
    }

    /** Gives the seat to the school with {@code SeatAssigned}; nothing changes if it holds it already. */
    public SeatAssignment assign(QuorumPrincipal caller, String conferenceId, String seatId, String schoolId) {
        String allocationId = finalizedAllocation(caller, conferenceId);
        CommitteeSeat seat = catalog.seatsOf(conferenceId).stream()
                .filter(s -> s.seatId().equals(seatId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No seat " + seatId + " in the conference's catalogue."));
        School school = acceptedSchools.require(conferenceId, schoolId);
        SeatAssignment assigned = claim(allocationId, seat, school, conferenceId);
        if (!acceptedSchools.isAccepted(school.id())) {
            // The school withdrew while this ran and its release may have missed this seat.
            release.release(assigned, school.id());
            throw new ConflictException("School " + school.id() + " withdrew; the seat stays free.");
        }
        return assigned;
    }

    /**
     * A page of the catalogue's seats that no school holds after finalization (released, freed or
     * never placed), committee by committee in the catalogue's order.
     */
    public FreeSeats freeSeats(QuorumPrincipal caller, String conferenceId, int page, int size) {
        finalizedAllocation(caller, conferenceId);
        Set<String> held = assignments.heldSeatIds(conferenceId);
        List<CommitteeSeat> free = catalog.seatsOf(conferenceId).stream()
                .filter(s -> !held.contains(s.seatId()))
                .toList();
        int from = (int) Math.min((long) page * size, free.size());
        int to = Math.min(from + size, free.size());
        return new FreeSeats(free.subList(from, to), free.size());
    }

    /** Frees the seat (its delegates leave it) with {@code SeatReleased}; nothing changes if it is free. */
    public void free(QuorumPrincipal caller, String conferenceId, String seatId) {
        finalizedAllocation(caller, conferenceId);
        SeatAssignment seat = assignments
                .find(conferenceId, seatId)
                .orElseThrow(() -> new NotFoundException("No assigned seat " + seatId + " in this conference."));
        seat.schoolId().ifPresent(holder -> release.release(seat, holder));
    }

    private SeatAssignment claim(String allocationId, CommitteeSeat seat, School school, String conferenceId) {
        return VersionedRetry.untilWritten(
                () -> claimOnce(allocationId, seat, school, conferenceId),
                "Seat " + seat.seatId() + " is busy; try again.");
    }

    /** One read, decision and write; empty when someone else changed the seat between the read and the write. */
    private Optional<SeatAssignment> claimOnce(
            String allocationId, CommitteeSeat seat, School school, String conferenceId) {
        Optional<SeatAssignment> current = assignments.find(conferenceId, seat.seatId());
        if (current.isPresent() && current.get().heldBy(school.id())) {
            return current;
        }
        if (current.flatMap(SeatAssignment::schoolId).isPresent()) {
            throw new ConflictException("Seat " + seat.seatId() + " is held by school "
                    + current.get().schoolId().get() + "; free it first.");
        }
        requireRoom(school, seat);
        if (current.isEmpty()) {
            SeatAssignment fresh = new SeatAssignment(
                    conferenceId,
                    seat.seatId(),
                    seat.committeeId(),
                    Optional.of(school.id()),
                    seat.delegationSize(),
                    List.of(),
                    1);
            return assignments.insertIfAbsent(fresh, List.of(events.assigned(fresh, allocationId)))
                    ? Optional.of(fresh)
                    : Optional.empty();
        }
        SeatAssignment free = current.get();
        SeatAssignment given = new SeatAssignment(
                conferenceId,
                free.seatId(),
                free.committeeId(),
                Optional.of(school.id()),
                free.delegationSize(),
                List.of(),
                free.version() + 1);
        return assignments.update(free, given.schoolId(), List.of(), List.of(events.assigned(given, allocationId)))
                ? Optional.of(given)
                : Optional.empty();
    }

    private void requireRoom(School school, CommitteeSeat seat) {
        int placed = assignments.heldBy(school.conferenceId(), school.id()).stream()
                .mapToInt(SeatAssignment::delegationSize)
                .sum();
        if (placed + seat.delegationSize() > school.requestedDelegates()) {
            throw new ConflictException("School " + school.id() + " would get more than its "
                    + school.requestedDelegates() + " requested delegates; free one of its seats first.");
        }
    }

    /** One page of free seats, and how many there are in all. */
    public record FreeSeats(List<CommitteeSeat> items, long total) {}

    /**
     * Seats change here only after the conference finalized an allocation (before that, in the
     * proposal), and only once that finalize stored every seat it placed: a seat it placed but has
     * not stored yet would otherwise look free, be given away, and the finalize's retry would skip it.
     */
    private String finalizedAllocation(QuorumPrincipal caller, String conferenceId) {
        administration.administeredBy(caller, conferenceId);
        Proposal finalized = allocations
                .finalizedAllocation(conferenceId)
                .flatMap(id -> allocations.find(conferenceId, id))
                .filter(Proposal::finalized)
                .orElseThrow(() -> new ConflictException("The conference has no finalized allocation yet; move "
                        + "seats in a proposal (PUT /api/conferences/" + conferenceId
                        + "/allocations/{allocationId}/seats/{seatId}) and finalize it."));
        Set<String> stored = assignments.storedSeatIds(conferenceId);
        if (!finalized.seats().stream().map(ProposedSeat::seatId).allMatch(stored::contains)) {
            throw new ConflictException("Allocation " + finalized.id() + " has not stored all its seats yet; repeat "
                    + "POST /api/conferences/" + conferenceId + "/allocations/" + finalized.id() + "/finalize.");
        }
        return finalized.id();
    }
}
