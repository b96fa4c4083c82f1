package dev.quorum.registration.allocation.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The conference in array form for the allocation, in a canonical order (seats and schools sorted
 * by id) so that the result depends on the contents of the input lists and the seed, never on the
 * order of the lists, and with every random decision drawn up front from the seed.
 */
final class ConferenceIndex {

    final List<Seat> seats;
    final List<SchoolDemand> schools;
    final int committeeCount;
    final int[] committeeOfSeat;
    final int[] sizeOfSeat;

    /**
     * Each school's choices that match at least one seat, in rank order: a seat index {@code s >= 0}
     * for a particular seat, {@code -(c + 1)} for any seat of committee {@code c}.
     */
    final int[][] choices;

    /** The 1-based rank of each entry of {@link #choices} in the school's original list. */
    final int[][] choiceRanks;

    /** The schools in the seeded order of the first round. */
    final int[] schoolOrder;

    /** Every seat, in the order a committee hands out its free seats: least asked for by name first. */
    final int[] seatOrder;

    /** A seeded rank of each committee, breaking ties in the fill rule. */
    final int[] committeeRank;

    ConferenceIndex(List<Seat> seatList, List<SchoolDemand> schoolList, long seed) {
        seats = sortedUnique(seatList, Seat::seatId, "seat");
        schools = sortedUnique(schoolList, SchoolDemand::schoolId, "school");

        Map<String, Integer> seatIndex = new HashMap<>();
        Map<String, Integer> committeeIndex = new HashMap<>();
        committeeOfSeat = new int[seats.size()];
        sizeOfSeat = new int[seats.size()];
        List<String> committeeIds =
                seats.stream().map(Seat::committeeId).distinct().sorted().toList();
        for (String committeeId : committeeIds) {
            committeeIndex.put(committeeId, committeeIndex.size());
        }
        committeeCount = committeeIds.size();
        for (int s = 0; s < seats.size(); s++) {
            Seat seat = seats.get(s);
            seatIndex.put(seat.seatId(), s);
            committeeOfSeat[s] = committeeIndex.get(seat.committeeId());
            sizeOfSeat[s] = seat.delegationSize();
        }

        choices = new int[schools.size()][];
        choiceRanks = new int[schools.size()][];
        int[] askedByName = new int[seats.size()];
        for (int i = 0; i < schools.size(); i++) {
            resolveChoices(i, seatIndex, committeeIndex, askedByName);
        }

        SeededRandom random = new SeededRandom(seed);
        schoolOrder = random.permutation(schools.size());
        int[] seatRank = inverse(random.permutation(seats.size()));
        committeeRank = inverse(random.permutation(committeeCount));
        seatOrder = sortedBy(
                seats.size(),
                Comparator.<Integer>comparingInt(s -> askedByName[s]).thenComparingInt(s -> seatRank[s]));
    }

    private void resolveChoices(
            int school, Map<String, Integer> seatIndex, Map<String, Integer> committeeIndex, int[] askedByName) {
        List<Choice> ranked = schools.get(school).rankedChoices();
        int[] resolved = new int[ranked.size()];
        int[] ranks = new int[ranked.size()];
        int count = 0;
        Set<Integer> named = new HashSet<>();
        for (int r = 0; r < ranked.size(); r++) {
            Choice choice = ranked.get(r);
            Integer committee = committeeIndex.get(choice.committeeId());
            Integer seat = choice.seatId() == null ? null : seatIndex.get(choice.seatId());
            if (committee == null
                    || (choice.seatId() != null && (seat == null || committeeOfSeat[seat] != committee))) {
                continue;
            }
            resolved[count] = seat == null ? -(committee + 1) : seat;
            ranks[count++] = r + 1;
            if (seat != null && named.add(seat)) {
                askedByName[seat]++;
            }
        }
        choices[school] = Arrays.copyOf(resolved, count);
        choiceRanks[school] = Arrays.copyOf(ranks, count);
    }

    private static <T> List<T> sortedUnique(List<T> items, Function<T, String> id, String kind) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(id));
        for (int i = 1; i < sorted.size(); i++) {
            if (id.apply(sorted.get(i)).equals(id.apply(sorted.get(i - 1)))) {
                throw new UnallocatableCatalogue("duplicate " + kind + " id: " + id.apply(sorted.get(i)));
            }
        }
        return sorted;
    }

    private static int[] inverse(int[] order) {
        int[] rank = new int[order.length];
        for (int position = 0; position < order.length; position++) {
            rank[order[position]] = position;
        }
        return rank;
    }

    private static int[] sortedBy(int n, Comparator<Integer> comparator) {
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, comparator);
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }
}
