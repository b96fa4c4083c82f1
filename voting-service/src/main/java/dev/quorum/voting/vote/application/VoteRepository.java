package dev.quorum.voting.vote.application;

import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.voting.vote.domain.SeatBallot;
import dev.quorum.voting.vote.domain.Vote;
import dev.quorum.voting.vote.domain.VoteResult;
import java.util.List;
import java.util.Optional;

/** The votes, each one document that also holds its counts and its pending events. */
public interface VoteRepository {
    /** Stores a new vote with its events; false when a vote with this id exists (nothing changed). */
    boolean open(Vote vote, List<PendingEvent> events);

    Optional<Vote> find(String voteId);

    /**
     * The vote as a ballot of {@code seatId} needs it, read cheaply: its status, counts, result and
     * version are current, its per-seat record holds that seat's ballot but may lack the others'.
     */
    Optional<Vote> findForBallot(String voteId, String seatId);

    /** As {@link #findForBallot}, with no seat's ballot: status, counts, result and version. */
    Optional<Vote> findState(String voteId);

    /**
     * Counts one revision of a seat's ballot in one atomic write on the vote: only while the vote is
     * open and only if the seat's counted revision is the one {@code ballot} replaces, so a revision
     * is counted at most once whoever tries (the request, a retry, the reconciler).
     *
     * @param replaced the revision counted before, whose choice is taken off the counts
     * @return the vote after the write, its per-seat record as {@link #findForBallot} answers it;
     *     empty when nothing changed (closed, or counted already)
     */
    Optional<Vote> count(Vote vote, String seatId, SeatBallot ballot, Optional<SeatBallot> replaced);

    /**
     * Closes the vote with its result and events if its version is still the one read, that is, if
     * no ballot was counted since the result was decided.
     */
    boolean close(Vote vote, VoteResult result, List<PendingEvent> events);

    /** Open votes, for the reconciler (there are few: one per committee in voting procedure). */
    List<Vote> openVotes();

    Page list(Filter filter, String value, int page, int size);

    /** Which field a list is filtered on. */
    enum Filter {
        SESSION,
        COMMITTEE
    }

    record Page(List<Vote> items, long total) {}
}
