package dev.quorum.committee.roster.domain;

import java.util.List;

/**
 * Who holds a seat, as registration last told it.
 *
 * @param schoolId null while no school holds the seat
 * @param delegateIds the delegates seated there (at most the committee's delegation size)
 */
public record RosterEntry(String seatId, String committeeId, String schoolId, List<String> delegateIds) {
    public RosterEntry {
        delegateIds = List.copyOf(delegateIds);
    }
}
