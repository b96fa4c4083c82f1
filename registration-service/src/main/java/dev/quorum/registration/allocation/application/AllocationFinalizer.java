package dev.quorum.registration.allocation.application;

import dev.quorum.platform.problem.ConflictException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.registration.allocation.domain.Proposal;
import dev.quorum.registration.allocation.domain.ProposedSeat;
import dev.quorum.registration.allocation.domain.SeatAssignment;
import dev.quorum.registration.allocation.messaging.SeatEvents;
import dev.quorum.registration.application.VersionedRetry;
import dev.quorum.registration.catalogue.application.CommitteeCatalog;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Finalizing makes a proposal the conference's seat assignment: one seat-assignment document per
 * placed seat, each stored with its {@code SeatAssigned} event, for advisors to put delegates on.
 * From then on every seat's history (assigned, delegates seated and unseated, released, given
 * again) comes from that one document, so its events carry one increasing version per seat.
 *
 * <p>Three writes, each safe to repeat, so a retried finalize completes a crashed one:
 *
 * <ol>
 *   <li>{@code recordFinalized}: the conference's one finalized allocation, first come first
 *       served (a different allocation later gets 409);
 *   <li>the proposal becomes FINALIZED, guarded by the version read, so a manual move racing in
 *       means "read again";
 *   <li>the seat assignments are inserted with their events, those already there skipped.
 * </ol>
 *
 * <p>After a crash between 2 and 3 some seats are neither stored nor announced (never one without
 * the other) until the Secretariat retries the finalize. A school that withdraws while 3 runs may
 * miss the release of seats stored after its withdrawal looked; so once the seats are stored, the
 * finalize releases the seats of any school that is no longer accepted.
 */
@Service
public class AllocationFinalizer {

    private final ConferenceAdministration administration;
    private final AllocationService proposals;
    private final AllocationRepository allocations;
    private final SeatAssignmentRepository assignments;
    private final AcceptedSchools acceptedSchools;
    private final SeatRelease release;
    private final CommitteeCatalog catalog;
    private final SeatEvents events;

    public AllocationFinalizer(
            ConferenceAdministration administration,
            AllocationService proposals,
            AllocationRepository allocations,
            SeatAssignmentRepository assignments,
            AcceptedSchools acceptedSchools,
            SeatRelease release,
            CommitteeCatalog catalog,
            SeatEvents events) {
        this.administration = administration;
        this.proposals = proposals;
        this.allocations = allocations;
        this.assignments = assignments;
        this.acceptedSchools = acceptedSchools;
        this.release = release;
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
        Proposal done = complete(proposal);
        return new ProposalView(done, catalog.seatsOf(conferenceId).size());
    }

    /**
     * Completes a finalize that began (its allocation is recorded as the conference's) but was
     * interrupted before every seat was stored; does nothing for a conference with none.
     *
     * @return whether there was anything to complete
     */
    public boolean completeInterrupted(String conferenceId) {
        Optional<String> allocationId = allocations.finalizedAllocation(conferenceId);
        if (allocationId.isEmpty()) {
            return false;
        }
        Proposal proposal = proposals.find(conferenceId, allocationId.get());
        Set<String> stored = assignments.storedSeatIds(conferenceId);
        boolean complete =
                proposal.finalized() && proposal.seats().stream().allMatch(seat -> stored.contains(seat.seatId()));
        if (!complete) {
            complete(proposal);
        }
        return !complete;
    }

    /** Steps 2 and 3 of the class comment, for a proposal recorded as the conference's finalized one. */
    private Proposal complete(Proposal proposal) {
        String conferenceId = proposal.conferenceId();
        String allocationId = proposal.id();
        if (!proposal.finalized()) {
            // Finalize at the version read; a concurrent change of the proposal makes that write lose,
            // so read it again (another finalize may have finished it meanwhile).
            VersionedRetry.untilWritten(
                    () -> {
                        Proposal current = proposals.find(conferenceId, allocationId);
                        return current.finalized() || allocations.finalize(allocationId, current.version())
                                ? Optional.of(current)
                                : Optional.empty();
                    },
                    "The allocation keeps changing; try again.");
        }
        Proposal done = proposals.find(conferenceId, allocationId);
        for (ProposedSeat seat : done.seats()) {
            SeatAssignment assignment = new SeatAssignment(
                    conferenceId,
                    seat.seatId(),
                    seat.committeeId(),
                    Optional.of(seat.schoolId()),
                    seat.delegationSize(),
                    List.of(),
                    1);
            assignments.insertIfAbsent(assignment, List.of(events.assigned(assignment, allocationId)));
        }
        releaseSeatsOfSchoolsThatLeft(done);
        return done;
    }

    /** A school that left after the proposal must not be given seats; the Secretariat frees them first. */
    private void requireSchoolsStillAccepted(Proposal proposal) {
        TreeSet<String> gone = proposal.seats().stream()
                .map(ProposedSeat::schoolId)
                .distinct()
                .filter(id -> !acceptedSchools.isAccepted(id))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!gone.isEmpty()) {
            throw new ConflictException("Schools " + gone + " are no longer accepted; release their seats first.");
        }
    }

    /** Seats stored for a school that withdrew after the check above go back (see the class comment). */
    private void releaseSeatsOfSchoolsThatLeft(Proposal proposal) {
        proposal.seats().stream()
                .map(ProposedSeat::schoolId)
                .distinct()
                .filter(id -> !acceptedSchools.isAccepted(id))
                .forEach(id -> release.releaseAllHeldBy(proposal.conferenceId(), id));
    }
}
