package dev.quorum.voting.vote.application;

import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.voting.vote.domain.Ballot;
import dev.quorum.voting.vote.domain.SeatBallot;
import java.util.List;
import java.util.Optional;

/** The ballots, one document per vote and seat (unique), each with its own outbox. */
public interface BallotRepository {
    /** Stores a seat's first ballot, not yet counted; false when the seat has one already. */
    boolean insert(Ballot ballot);

    Optional<Ballot> find(String voteId, String seatId);

    /** Replaces the ballot's revision if it is still at the version read; false otherwise. */
    boolean replace(Ballot ballot, SeatBallot next);

    /**
     * Marks the ballot's current revision counted and stores its event, once: false when the
     * ballot moved on (someone else marked it).
     */
    boolean markCounted(Ballot ballot, PendingEvent event);

    /** Undoes a revision that could not be counted (the vote closed first); false if it moved on. */
    boolean withdraw(Ballot ballot);

    /** Ballots whose current revision is not counted yet, oldest first. */
    List<Ballot> uncounted(int limit);
}
