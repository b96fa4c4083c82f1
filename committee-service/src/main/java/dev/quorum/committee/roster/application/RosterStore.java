package dev.quorum.committee.roster.application;

import dev.quorum.committee.roster.domain.RosterEntry;
import java.util.List;
import java.util.Optional;

/**
 * The roster, one entry per seat, changed by registration's seat events. Each change is applied
 * only if {@code position} (the event's place in the seat's history) is after the last one
 * applied to that seat, in the same write: a redelivered or late event changes nothing.
 *
 * @see dev.quorum.platform.consumer.IdempotentWrites
 */
public interface RosterStore {
    /** @return false when that position (or a later one) was applied already */
    boolean assigned(String seatId, String committeeId, String schoolId, String position);

    boolean released(String seatId, String committeeId, String position);

    boolean seated(String seatId, String committeeId, String schoolId, String delegateId, String position);

    boolean unseated(String seatId, String committeeId, String delegateId, String position);

    Optional<RosterEntry> find(String seatId);

    List<RosterEntry> ofCommittee(String committeeId);
}
