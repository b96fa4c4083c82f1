package dev.quorum.registration.allocation.web;

import dev.quorum.registration.allocation.application.ProposalView;
import dev.quorum.registration.allocation.domain.Proposal;
import java.time.Instant;
import java.util.List;

/** An allocation: its seats by committee, how each school fares, and how many seats are left free. */
record ProposalResponse(
        String id,
        String conferenceId,
        long seed,
        String status,
        Instant createdAt,
        long version,
        List<SeatEntry> seats,
        List<SchoolEntry> schools,
        int freeSeats) {

    record SeatEntry(String seatId, String committeeId, String schoolId, int delegationSize) {}

    record SchoolEntry(String schoolId, int requested, int placed, int unmet, int firstChoices) {}

    static ProposalResponse of(ProposalView view) {
        Proposal p = view.proposal();
        return new ProposalResponse(
                p.id(),
                p.conferenceId(),
                p.seed(),
                p.status().name(),
                p.createdAt(),
                p.version(),
                p.seats().stream()
                        .map(s -> new SeatEntry(s.seatId(), s.committeeId(), s.schoolId(), s.delegationSize()))
                        .toList(),
                p.placements().stream()
                        .map(s -> new SchoolEntry(s.schoolId(), s.requested(), s.placed(), s.unmet(), s.firstChoices()))
                        .toList(),
                view.freeSeats());
    }
}
