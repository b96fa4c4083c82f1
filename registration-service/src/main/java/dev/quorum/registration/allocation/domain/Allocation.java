package dev.quorum.registration.allocation.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A proposed allocation: who holds which seat, and which delegations are left short.
 *
 * @param schoolBySeat the school holding each assigned seat (seat id to school id), in pick order;
 *     seats left free are absent
 * @param placedDelegates how many delegates of each school hold a seat (every school is present,
 *     possibly with 0)
 * @param unmetDelegates how many delegates of a school have no seat, only for schools left short;
 *     empty when every school got its full delegation
 * @param picks every pick in the order it was made
 */
public record Allocation(
        Map<String, String> schoolBySeat,
        Map<String, Integer> placedDelegates,
        Map<String, Integer> unmetDelegates,
        List<Pick> picks) {

    public Allocation {
        schoolBySeat = Collections.unmodifiableMap(new LinkedHashMap<>(schoolBySeat));
        placedDelegates = Collections.unmodifiableMap(new LinkedHashMap<>(placedDelegates));
        unmetDelegates = Collections.unmodifiableMap(new LinkedHashMap<>(unmetDelegates));
        picks = List.copyOf(picks);
    }

    /** The seats held by the school, in the order it picked them. */
    public List<String> seatsOf(String schoolId) {
        List<String> seats = new ArrayList<>();
        for (Pick pick : picks) {
            if (pick.schoolId().equals(schoolId)) {
                seats.add(pick.seatId());
            }
        }
        return seats;
    }

    /** How many of the school's delegates hold a seat. */
    public int placed(String schoolId) {
        return placedDelegates.getOrDefault(schoolId, 0);
    }

    /** How many of the school's delegates have no seat. */
    public int unmet(String schoolId) {
        return unmetDelegates.getOrDefault(schoolId, 0);
    }

    /** Whether every school got its full delegation. */
    public boolean everyDelegationComplete() {
        return unmetDelegates.isEmpty();
    }
}
