package dev.quorum.registration.allocation.application;

import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.platform.problem.ConflictException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.registration.allocation.domain.Proposal;
import dev.quorum.registration.allocation.domain.ProposedSeat;
import dev.quorum.registration.allocation.domain.SeatAssignment;
import dev.quorum.registration.allocation.messaging.SeatEvents;
import dev.quorum.registration.catalogue.application.CommitteeCatalog;
import dev.quorum.registration.school.application.SchoolRepository;
import dev.quorum.registration.school.domain.School;
import dev.quorum.registration.school.domain.SchoolStatus;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Finalizing makes a proposal the conference's seat assignment: one {@code SeatAssigned} per
 * placed seat, then one seat-assignment document per seat for advisors to put delegates on.
 *
 * <p>Three writes, each safe to repeat, so a retried finalize completes a crashed one:
 *
 * <ol>
 *   <li>{@code recordFinalized}: the conference's one finalized allocation, first come first
 *       served (a different allocation later gets 409);
 *   <li>the proposal becomes FINALIZED in the same write that puts the SeatAssigned events into
 *       its outbox, guarded by the version read, so a manual move racing in means "read again";
 *   <li>the seat assignments are inserted, duplicates ignored.
 * </ol>
 *
 * <p>Crash window: after 2 and before 3 the events are published while some seats have no
 * assignment document yet, so advisors cannot seat delegates on them (and a withdrawal cannot
 * release them) until the Secretariat retries the finalize, which inserts the rest.
 */
@Service
public class AllocationFinalizer {
    private static final int ATTEMPTS = 20;

    private final ConferenceAdministration administration;
    private final AllocationService proposals;
    private final AllocationRepository allocations;
    private final SeatAssignmentRepository assignments;
    private final SchoolRepository schools;
    private final CommitteeCatalog catalog;
    private final SeatEvents events;

    public AllocationFinalizer(
            ConferenceAdministration administration,
            AllocationService proposals,
            AllocationRepository allocations,
            SeatAssignmentRepository assignments,
            SchoolRepository schools,
            CommitteeCatalog catalog,
            SeatEvents events) {
        this.administration = administration;
        this.proposals = proposals;
        this.allocations = allocations;
        this.assignments = assignments;
        this.schools = schools;
        this.catalog = catalog;
        this.events = events;
    }

    public ProposalView finalize(QuorumPrincipal caller, String conferenceId, String allocationId) {
        administration.administeredBy(caller, conferenceId);
        Proposal proposal = proposals.find(conferenceId, allocationId);
        if (!proposal.finalized()) {
            requireSchoolsStillAccepted(proposal);
        }
        String finalized = allocations.recordFinalized(conferenceId, allocationId);
        if (!finalized.equals(allocationId)) {
            throw new ConflictException(
                    "The conference already finalized allocation " + finalized + "; it has one seat assignment.");
        }
        for (int attempt = 0; !proposal.finalized(); attempt++) {
            if (attempt == ATTEMPTS) {
                throw new ConflictException("The allocation keeps changing; try again.");
            }
            if (allocations.finalize(allocationId, proposal.version(), seatAssigned(proposal))) {
                break;
            }
            proposal = proposals.find(conferenceId, allocationId);
        }
        Proposal done = proposals.find(conferenceId, allocationId);
        for (ProposedSeat seat : done.seats()) {
            assignments.insertIfAbsent(new SeatAssignment(
                    conferenceId,
                    seat.seatId(),
                    seat.committeeId(),
                    Optional.of(seat.schoolId()),
                    seat.delegationSize(),
                    List.of(),
                    1));
        }
        return new ProposalView(done, catalog.seatsOf(conferenceId).size());
    }

    /** A school that left after the proposal must not be given seats; the Secretariat frees them first. */
    private void requireSchoolsStillAccepted(Proposal proposal) {
        TreeSet<String> gone = proposal.seats().stream()
                .map(ProposedSeat::schoolId)
                .distinct()
                .filter(id -> schools.findById(id)
                        .map(School::status)
                        .filter(SchoolStatus.ACCEPTED::equals)
                        .isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        if (!gone.isEmpty()) {
            throw new ConflictException("Schools " + gone + " are no longer accepted; release their seats first.");
        }
    }

    /** The events of the finalizing write, at the version it produces. */
    private List<PendingEvent> seatAssigned(Proposal proposal) {
        long version = proposal.version() + 1;
        return proposal.seats().stream()
                .map(s -> events.assigned(new SeatEvents.SeatAssigned(
                        proposal.conferenceId(),
                        proposal.id(),
                        s.seatId(),
                        s.committeeId(),
                        s.schoolId(),
                        s.delegationSize(),
                        version)))
                .toList();
    }
}
