package dev.quorum.registration.allocation.application;

import dev.quorum.platform.problem.ConflictException;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.registration.allocation.domain.Allocation;
import dev.quorum.registration.allocation.domain.Allocator;
import dev.quorum.registration.allocation.domain.Choice;
import dev.quorum.registration.allocation.domain.Proposal;
import dev.quorum.registration.allocation.domain.ProposedSeat;
import dev.quorum.registration.allocation.domain.SchoolDemand;
import dev.quorum.registration.allocation.domain.Seat;
import dev.quorum.registration.allocation.domain.UnallocatableCatalogue;
import dev.quorum.registration.catalogue.application.CommitteeCatalog;
import dev.quorum.registration.catalogue.domain.CommitteeSeat;
import dev.quorum.registration.conference.domain.Conference;
import dev.quorum.registration.conference.domain.ConferenceStatus;
import dev.quorum.registration.preference.application.PreferenceRepository;
import dev.quorum.registration.preference.domain.SchoolPreferences;
import dev.quorum.registration.school.application.SchoolRepository;
import dev.quorum.registration.school.domain.School;
import dev.quorum.registration.school.domain.SchoolStatus;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The Secretariat has the allocator propose who sits where, from the catalogue's seats and the
 * accepted schools' delegations and rankings, then moves seats by hand. A proposal is only a
 * proposal: nothing is published until it is finalized ({@link AllocationFinalizer}).
 */
@Service
public class AllocationService {
    /** Allocating needs the accepted schools; once the conference runs, seats are what they are. */
    private static final Set<ConferenceStatus> ALLOCATING =
            EnumSet.of(ConferenceStatus.REGISTRATION_OPEN, ConferenceStatus.REGISTRATION_CLOSED);

    private static final int ALL = 100_000;

    private final ConferenceAdministration administration;
    private final CommitteeCatalog catalog;
    private final SchoolRepository schools;
    private final AcceptedSchools acceptedSchools;
    private final PreferenceRepository preferences;
    private final AllocationRepository allocations;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AllocationService(
            ConferenceAdministration administration,
            CommitteeCatalog catalog,
            SchoolRepository schools,
            AcceptedSchools acceptedSchools,
            PreferenceRepository preferences,
            AllocationRepository allocations,
            Clock clock) {
        this.administration = administration;
        this.catalog = catalog;
        this.schools = schools;
        this.acceptedSchools = acceptedSchools;
        this.preferences = preferences;
        this.allocations = allocations;
        this.clock = clock;
    }

    /** A new proposal; the same seed over the same seats, schools and rankings gives the same one. */
    public ProposalView propose(QuorumPrincipal caller, String conferenceId, Optional<Long> seed) {
        Conference conference = administration.administeredBy(caller, conferenceId);
        if (!ALLOCATING.contains(conference.status())) {
            throw new ConflictException("Seats are allocated while registration is open or closed, not while the "
                    + "conference is " + conference.status() + ".");
        }
        long usedSeed = seed.orElseGet(random::nextLong);
        List<Seat> seats = catalog.seatsOf(conferenceId).stream()
                .map(s -> new Seat(s.seatId(), s.committeeId(), s.delegationSize()))
                .toList();
        List<SchoolDemand> demands =
                schools.findPage(conferenceId, Optional.of(SchoolStatus.ACCEPTED), 0, ALL).items().stream()
                        .map(this::demandOf)
                        .toList();
        Allocation allocation;
        try {
            allocation = Allocator.allocate(seats, demands, usedSeed);
        } catch (UnallocatableCatalogue e) {
            // Seat ids must be unique within a conference; committee-service mints UUIDs, so this is a broken
            // catalogue. Any other IllegalArgumentException is a bug of ours and stays a 500.
            throw new ConflictException("The conference's catalogue cannot be allocated: " + e.getMessage());
        }
        Proposal proposal = Proposal.of(
                UUID.randomUUID().toString(), conferenceId, usedSeed, clock.instant(), seats, demands, allocation);
        allocations.insert(proposal);
        return new ProposalView(find(conferenceId, proposal.id()), seats.size());
    }

    public ProposalView get(QuorumPrincipal caller, String conferenceId, String allocationId) {
        administration.administeredBy(caller, conferenceId);
        return new ProposalView(
                find(conferenceId, allocationId), catalog.seatsOf(conferenceId).size());
    }

    /**
     * Gives a seat to a school, or frees it ({@code schoolId} empty), while the proposal is not final.
     * A held seat must be released before another school can have it, and a school never gets
     * more delegates than it brings; the store decides races, so of many concurrent claims of one
     * free seat exactly one succeeds.
     */
    public ProposalView move(
            QuorumPrincipal caller,
            String conferenceId,
            String allocationId,
            String seatId,
            Optional<String> schoolId) {
        administration.administeredBy(caller, conferenceId);
        Proposal proposal = find(conferenceId, allocationId);
        requireProposed(proposal);
        List<CommitteeSeat> catalogue = catalog.seatsOf(conferenceId);
        CommitteeSeat seat = catalogue.stream()
                .filter(s -> s.seatId().equals(seatId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No seat " + seatId + " in the conference's catalogue."));
        Optional<ProposedSeat> holder = holderOf(proposal, seatId);
        if (schoolId.isEmpty()) {
            if (holder.isPresent() && !allocations.release(allocationId, holder.get())) {
                // Finalized meanwhile (409), or someone else released it first (freed either way).
                requireProposed(find(conferenceId, allocationId));
            }
        } else {
            School school = acceptedSchools.require(conferenceId, schoolId.get());
            if (holder.isPresent()) {
                requireHeldBy(holder.get(), school.id());
            } else {
                claim(proposal, seat, school);
            }
        }
        return new ProposalView(find(conferenceId, allocationId), catalogue.size());
    }

    private void claim(Proposal proposal, CommitteeSeat seat, School school) {
        if (seat.delegationSize() > school.requestedDelegates()) {
            throw new ConflictException(tooMany(school));
        }
        ProposedSeat claimed = new ProposedSeat(
                seat.seatId(), seat.committeeId(), school.id(), seat.delegationSize(), ProposedSeat.BY_HAND);
        if (allocations.claim(proposal.id(), claimed, school.requestedDelegates())) {
            return;
        }
        // The conditional write matched nothing: say why, from the proposal as it is now.
        Proposal now = find(proposal.conferenceId(), proposal.id());
        requireProposed(now);
        Optional<ProposedSeat> holder = holderOf(now, seat.seatId());
        if (holder.isPresent()) {
            requireHeldBy(holder.get(), school.id());
            return;
        }
        throw new ConflictException(tooMany(school));
    }

    private static void requireHeldBy(ProposedSeat holder, String schoolId) {
        if (!holder.schoolId().equals(schoolId)) {
            throw new ConflictException(
                    "Seat " + holder.seatId() + " is held by school " + holder.schoolId() + "; release it first.");
        }
    }

    private static String tooMany(School school) {
        return "School " + school.id() + " would get more than its " + school.requestedDelegates()
                + " requested delegates; release one of its seats first.";
    }

    private static void requireProposed(Proposal proposal) {
        if (proposal.finalized()) {
            throw new ConflictException("Allocation " + proposal.id() + " is final; its seats no longer move here. "
                    + "Give or free a seat with PUT or DELETE /api/conferences/" + proposal.conferenceId()
                    + "/seat-assignments/{seatId}.");
        }
    }

    private static Optional<ProposedSeat> holderOf(Proposal proposal, String seatId) {
        return proposal.seats().stream().filter(s -> s.seatId().equals(seatId)).findFirst();
    }

    private SchoolDemand demandOf(School school) {
        SchoolPreferences ranked = preferences.find(school.id()).orElseGet(() -> SchoolPreferences.none(school.id()));
        List<Choice> choices = ranked.choices().stream()
                .map(c -> new Choice(c.committeeId(), c.seatId().orElse(null)))
                .toList();
        return new SchoolDemand(school.id(), school.requestedDelegates(), choices);
    }

    Proposal find(String conferenceId, String allocationId) {
        return allocations
                .find(conferenceId, allocationId)
                .orElseThrow(() -> new NotFoundException("No allocation " + allocationId + "."));
    }
}
