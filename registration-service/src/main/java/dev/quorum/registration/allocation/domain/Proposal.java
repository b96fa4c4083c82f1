package dev.quorum.registration.allocation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An allocation of a conference's seats, as the allocator proposed it and the Secretariat then
 * changed it by hand, until it is finalized.
 *
 * @param seed the seed the allocator ran with, so the same proposal can be made again
 * @param seats the placed seats, by committee and seat id
 * @param requested the delegates each school brings (schools in the proposal, by id)
 */
public record Proposal(
        String id,
        String conferenceId,
        long seed,
        AllocationStatus status,
        Instant createdAt,
        long version,
        List<ProposedSeat> seats,
        Map<String, Integer> requested) {

    public Proposal {
        Objects.requireNonNull(id);
        Objects.requireNonNull(conferenceId);
        Objects.requireNonNull(status);
        seats = seats.stream()
                .sorted(Comparator.comparing(ProposedSeat::committeeId).thenComparing(ProposedSeat::seatId))
                .toList();
        requested = Map.copyOf(requested);
    }

    /** A fresh proposal from the allocator's result. */
    public static Proposal of(
            String id,
            String conferenceId,
            long seed,
            Instant createdAt,
            List<Seat> seats,
            List<SchoolDemand> schools,
            Allocation allocation) {
        Map<String, Seat> byId = new LinkedHashMap<>();
        seats.forEach(s -> byId.put(s.seatId(), s));
        List<ProposedSeat> placed = new ArrayList<>();
        for (Pick pick : allocation.picks()) {
            Seat seat = byId.get(pick.seatId());
            placed.add(new ProposedSeat(
                    seat.seatId(), seat.committeeId(), pick.schoolId(), seat.delegationSize(), pick.choiceRank()));
        }
        Map<String, Integer> requested = new LinkedHashMap<>();
        schools.forEach(s -> requested.put(s.schoolId(), s.delegates()));
        return new Proposal(id, conferenceId, seed, AllocationStatus.PROPOSED, createdAt, 0, placed, requested);
    }

    /** One summary per school of the proposal (and per school placed by hand), by school id. */
    public List<SchoolPlacement> placements() {
        Map<String, int[]> counts = new java.util.TreeMap<>();
        requested.keySet().forEach(s -> counts.put(s, new int[2]));
        for (ProposedSeat seat : seats) {
            int[] c = counts.computeIfAbsent(seat.schoolId(), s -> new int[2]);
            c[0] += seat.delegationSize();
            if (seat.choiceRank() == 1) {
                c[1]++;
            }
        }
        List<SchoolPlacement> placements = new ArrayList<>();
        counts.forEach((school, c) ->
                placements.add(new SchoolPlacement(school, requested.getOrDefault(school, 0), c[0], c[1])));
        return placements;
    }

    public boolean finalized() {
        return status == AllocationStatus.FINALIZED;
    }
}
