package dev.quorum.registration.allocation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProposalTest {
    private static final Instant NOW = Instant.parse("2025-10-01T09:00:00Z");

    private static Proposal proposal(
            AllocationStatus status, List<ProposedSeat> seats, Map<String, Integer> requested) {
        return new Proposal("p1", "c1", 7, status, NOW, 2, seats, requested);
    }

    @Test
    void aFreshProposalPlacesEachPickOnItsSeatInCommitteeAndSeatOrder() {
        List<Seat> seats = List.of(new Seat("ga-fr", "ga", 1), new Seat("sc-us", "sc", 2), new Seat("ga-de", "ga", 1));
        List<SchoolDemand> schools =
                List.of(new SchoolDemand("north", 3, List.of()), new SchoolDemand("south", 1, List.of()));
        Allocation allocation = new Allocation(
                Map.of(),
                Map.of(),
                Map.of(),
                List.of(
                        new Pick(1, "north", "sc-us", 1),
                        new Pick(1, "south", "ga-fr", SchoolDemand.UNRANKED),
                        new Pick(2, "north", "ga-de", 2)));

        Proposal proposal = Proposal.of("p1", "c1", 42, NOW, seats, schools, allocation);

        assertThat(proposal.status()).isEqualTo(AllocationStatus.PROPOSED);
        assertThat(proposal.finalized()).isFalse();
        assertThat(proposal.version()).isZero();
        assertThat(proposal.seed()).isEqualTo(42);
        assertThat(proposal.createdAt()).isEqualTo(NOW);
        assertThat(proposal.seats())
                .containsExactly(
                        new ProposedSeat("ga-de", "ga", "north", 1, 2),
                        new ProposedSeat("ga-fr", "ga", "south", 1, SchoolDemand.UNRANKED),
                        new ProposedSeat("sc-us", "sc", "north", 2, 1));
        assertThat(proposal.requested()).containsOnly(Map.entry("north", 3), Map.entry("south", 1));
    }

    @Test
    void placementsCountPlacedDelegatesAndFirstChoicesPerSchool() {
        Proposal proposal = proposal(
                AllocationStatus.PROPOSED,
                List.of(
                        new ProposedSeat("sc-us", "sc", "north", 2, 1),
                        new ProposedSeat("ga-fr", "ga", "north", 1, 1),
                        new ProposedSeat("ga-de", "ga", "north", 1, 2),
                        new ProposedSeat("ga-it", "ga", "south", 1, ProposedSeat.BY_HAND)),
                Map.of("north", 5, "south", 2, "west", 1));

        assertThat(proposal.placements())
                .containsExactly(
                        new SchoolPlacement("north", 5, 4, 2),
                        new SchoolPlacement("south", 2, 1, 0),
                        new SchoolPlacement("west", 1, 0, 0));
        assertThat(proposal.placements().get(0).unmet()).isEqualTo(1);
        assertThat(proposal.placements().get(2).unmet()).isEqualTo(1);
    }

    @Test
    void aSchoolPlacedByHandWithoutARequestIsListedWithNothingRequested() {
        Proposal proposal = proposal(
                AllocationStatus.PROPOSED,
                List.of(new ProposedSeat("ga-fr", "ga", "late", 2, ProposedSeat.BY_HAND)),
                Map.of());

        assertThat(proposal.placements()).containsExactly(new SchoolPlacement("late", 0, 2, 0));
        assertThat(proposal.placements().get(0).unmet()).as("never negative").isZero();
    }

    @Test
    void onlyAFinalizedProposalIsFinalized() {
        assertThat(proposal(AllocationStatus.FINALIZED, List.of(), Map.of()).finalized())
                .isTrue();
        assertThat(proposal(AllocationStatus.PROPOSED, List.of(), Map.of()).finalized())
                .isFalse();
    }
}
