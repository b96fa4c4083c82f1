package dev.quorum.registration.allocation.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposes who sits where: a randomised serial dictatorship in rounds with snake order.
 *
 * <ol>
 *   <li>The seed shuffles the schools into the order of round 1; round 2 runs in the reverse order,
 *       round 3 in the original order again, and so on, so the advantage of picking first
 *       alternates.
 *   <li>In each round every school that still has delegates to place, and for which a free seat
 *       still fits, takes one seat: the seat it ranks best among the free seats that are
 *       <em>safe</em> for it. A seat is never given to a school with fewer delegates left than the
 *       seat takes, and a single seat is not given to a school with an even number left when that
 *       would leave too few single seats for the schools with an odd number left (the exact rule is
 *       on {@code DelegateNeeds}). When none of its choices has a safe free seat, the school gets a
 *       safe seat of the committee with the most free seats of that size.
 *   <li>Ties between equally ranked seats (a choice of any seat of a committee) go to a single seat
 *       for an odd need and to a double seat for an even need, then to the seat the fewest schools
 *       asked for by name, then to a seeded order.
 * </ol>
 *
 * <p>Guarantees, each checked by a property test over random conferences:
 *
 * <ul>
 *   <li><b>Fairness.</b> A school's preference for a seat is the position of the first of its
 *       choices that matches the seat; seats no choice matches are equal and below every matched
 *       seat. No two schools hold seats of the same delegation size that both would strictly rather
 *       swap, and no school holds a seat while a seat of the same size that it strictly prefers is
 *       left free. (When a school took its seat, the other seat was still free and, being of the same
 *       size, just as safe for it, so it took a seat it likes at least as much.)
 *   <li><b>Full delegations when capacity allows.</b> Counting seats that exist, every school gets
 *       exactly its requested delegation if and only if there are at least as many single seats as
 *       schools with an odd delegation, and the seats hold at least as many delegates as all schools
 *       bring together. In general the allocation places as many delegates as any allocation could.
 *   <li><b>Capacity.</b> No seat is given twice and no school gets more delegates than it brings.
 *   <li><b>Determinism.</b> The result is a function of the seats, the schools and the seed; the
 *       order of the input lists does not matter, and the seeded order comes from a SplitMix64
 *       generator written out in this package, so it is the same on every JVM.
 * </ul>
 *
 * <p>Time: O(P (c + log C) + R S) for P picks, at most c choices per school, C committees, R rounds
 * and S schools, after sorting the input.
 */
public final class Allocator {

    private final ConferenceIndex conference;
    private final SeatPool pool;
    private final DelegateNeeds needs;

    private Allocator(ConferenceIndex conference) {
        this.conference = conference;
        this.pool = new SeatPool(conference);
        int[] requested = new int[conference.schools.size()];
        for (int school = 0; school < requested.length; school++) {
            requested[school] = conference.schools.get(school).delegates();
        }
        this.needs = new DelegateNeeds(requested);
    }

    /**
     * Allocates the seats to the schools.
     *
     * @param seats every seat of the conference; seat ids must be unique
     * @param schools the accepted schools; school ids must be unique
     * @param seed decides the order of the schools and the ties; the same seed gives the same result
     * @throws IllegalArgumentException if a seat id or school id appears twice
     */
    public static Allocation allocate(List<Seat> seats, List<SchoolDemand> schools, long seed) {
        return new Allocator(new ConferenceIndex(seats, schools, seed)).run();
    }

    private Allocation run() {
        List<Pick> picks = new ArrayList<>();
        int[] active = conference.schoolOrder.clone();
        int activeCount = keepPlaceable(active, active.length);
        for (int round = 1; activeCount > 0; round++) {
            for (int k = 0; k < activeCount; k++) {
                int school = active[round % 2 == 1 ? k : activeCount - 1 - k];
                if (needs.canStillBePlaced(school, pool)) {
                    picks.add(pick(school, round));
                }
            }
            activeCount = keepPlaceable(active, activeCount);
        }
        return allocation(picks);
    }

    /** Drops the schools that are done or can no longer be placed, keeping the round-1 order. */
    private int keepPlaceable(int[] active, int count) {
        int kept = 0;
        for (int k = 0; k < count; k++) {
            if (needs.canStillBePlaced(active[k], pool)) {
                active[kept++] = active[k];
            }
        }
        return kept;
    }

    private Pick pick(int school, int round) {
        int[] choices = conference.choices[school];
        int seat = -1;
        int rank = SchoolDemand.UNRANKED;
        for (int c = 0; c < choices.length && seat < 0; c++) {
            seat = choices[c] >= 0 ? namedSeatIfSafe(school, choices[c]) : committeeSeat(school, -choices[c] - 1);
            rank = conference.choiceRanks[school][c];
        }
        if (seat < 0) {
            seat = fillSeat(school);
            rank = SchoolDemand.UNRANKED;
        }
        if (seat < 0) {
            throw new IllegalStateException("a placeable school found no safe seat");
        }
        needs.place(school, pool.size(seat));
        pool.take(seat);
        return new Pick(
                round,
                conference.schools.get(school).schoolId(),
                conference.seats.get(seat).seatId(),
                rank);
    }

    private int namedSeatIfSafe(int school, int seat) {
        return pool.isFree(seat) && needs.isSafe(school, pool.size(seat), pool) ? seat : -1;
    }

    private int committeeSeat(int school, int committee) {
        for (int size : needs.sizesToTry(school)) {
            if (needs.isSafe(school, size, pool)) {
                int seat = pool.firstFree(committee, size);
                if (seat >= 0) {
                    return seat;
                }
            }
        }
        return -1;
    }

    private int fillSeat(int school) {
        for (int size : needs.sizesToTry(school)) {
            if (needs.isSafe(school, size, pool)) {
                int seat = pool.firstFreeInFullestCommittee(size);
                if (seat >= 0) {
                    return seat;
                }
            }
        }
        return -1;
    }

    private Allocation allocation(List<Pick> picks) {
        Map<String, String> schoolBySeat = new LinkedHashMap<>();
        for (Pick pick : picks) {
            schoolBySeat.put(pick.seatId(), pick.schoolId());
        }
        Map<String, Integer> placed = new LinkedHashMap<>();
        Map<String, Integer> unmet = new LinkedHashMap<>();
        for (int school = 0; school < conference.schools.size(); school++) {
            SchoolDemand demand = conference.schools.get(school);
            int left = needs.remaining(school);
            placed.put(demand.schoolId(), demand.delegates() - left);
            if (left > 0) {
                unmet.put(demand.schoolId(), left);
            }
        }
        return new Allocation(schoolBySeat, placed, unmet, picks);
    }
}
