package dev.quorum.registration.catalogue.application;

import dev.quorum.registration.catalogue.domain.Committee;
import dev.quorum.registration.catalogue.domain.CommitteeSeat;
import dev.quorum.registration.catalogue.domain.Seat;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The committees and seats of each conference, as committee-service publishes them. Writes are
 * idempotent by committee version: a redelivered or older event changes nothing. Every query is
 * scoped to a conference, so one conference never sees another's committees.
 */
public interface CommitteeCatalog {
    /** Records a committee as of {@code version}; false if that version (or a newer one) is already recorded. */
    boolean record(Committee committee, long version);

    /**
     * Replaces a committee's delegation size and whole seat list as of {@code version}; false if
     * that version (or a newer one) is already recorded.
     */
    boolean recordSeats(String committeeId, String conferenceId, int delegationSize, List<Seat> seats, long version);

    /** The conference's committees, by name. */
    List<Committee> committeesOf(String conferenceId);

    /** A page of the conference's committees, by name. */
    Page committeesOf(String conferenceId, int page, int size);

    /** The committee, if it belongs to the conference. */
    Optional<Committee> findCommittee(String conferenceId, String committeeId);

    /** Those of the committees that belong to the conference, in one read. */
    List<Committee> findCommittees(String conferenceId, Collection<String> committeeIds);

    /** The seat, if its committee belongs to the conference. */
    default Optional<CommitteeSeat> findSeat(String conferenceId, String committeeId, String seatId) {
        return findCommittee(conferenceId, committeeId)
                .flatMap(c -> c.committeeSeats().stream()
                        .filter(s -> s.seatId().equals(seatId))
                        .findFirst());
    }

    /** Every seat of every committee of the conference, committee by committee. */
    default List<CommitteeSeat> seatsOf(String conferenceId) {
        return committeesOf(conferenceId).stream()
                .flatMap(c -> c.committeeSeats().stream())
                .toList();
    }

    record Page(List<Committee> items, long total) {}
}
