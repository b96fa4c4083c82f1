package dev.quorum.voting.vote.application;

import dev.quorum.platform.problem.TransientConflictException;
import dev.quorum.voting.vote.domain.Ballot;
import dev.quorum.voting.vote.domain.BallotRefusedException;
import dev.quorum.voting.vote.domain.SeatBallot;
import dev.quorum.voting.vote.domain.Vote;
import dev.quorum.voting.vote.messaging.VotingEvents;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Counts an accepted ballot: the second half of casting, also run by the {@link BallotReconciler}
 * for ballots a crash left uncounted. Each step is a guarded single-document write, so whoever
 * runs it, and however often, a revision is counted once and its BallotCast stored once:
 *
 * <ol>
 *   <li>the vote's counts move only if the seat's counted revision is the one this replaces
 *       (and the vote is open);
 *   <li>the ballot is marked counted, with its BallotCast in its own outbox, only at the version
 *       read.
 * </ol>
 *
 * A ballot that lost the race against the close is withdrawn (its previous revision restored).
 */
@Component
public class BallotCounter {
    private final VoteRepository votes;
    private final BallotRepository ballots;
    private final VotingEvents events;
    private final VoteClosing closing;
    private final VoteChanges changes;

    BallotCounter(
            VoteRepository votes,
            BallotRepository ballots,
            VotingEvents events,
            VoteClosing closing,
            VoteChanges changes) {
        this.votes = votes;
        this.ballots = ballots;
        this.events = events;
        this.closing = closing;
        this.changes = changes;
    }

    /**
     * Counts the ballot's current revision unless it is counted already.
     *
     * @return the vote after counting
     * @throws BallotRefusedException (CLOSED) when the vote closed before the ballot was counted;
     *     the ballot is then withdrawn
     */
    public Vote count(Vote vote, Ballot ballot) {
        if (ballot.counted()) {
            return vote;
        }
        SeatBallot current = ballot.current();
        Optional<Vote> after = votes.count(vote, ballot.seatId(), current, ballot.previous());
        Vote counted;
        if (after.isPresent()) {
            counted = after.get();
            changes.changed(counted);
        } else {
            counted = votes.findForBallot(vote.id(), ballot.seatId()).orElseThrow();
            SeatBallot inVote = counted.ballots().get(ballot.seatId());
            if ((inVote == null || inVote.revision() < current.revision()) && counted.isOpen()) {
                throw new TransientConflictException("The ballot of seat " + ballot.seatId() + " is being counted.");
            }
            if (inVote == null || inVote.revision() < current.revision()) {
                // Not counted, and it never will be: the vote closed first.
                ballots.withdraw(ballot);
                throw new BallotRefusedException(BallotRefusedException.Reason.CLOSED, "The vote is closed.");
            }
        }
        ballots.markCounted(ballot, events.ballotCast(counted, ballot.seatId(), current, ballot.castAt()));
        if (counted.isOpen() && counted.allVoted()) {
            return closing.closeWhenAllVoted(counted.id()).orElse(counted);
        }
        return counted;
    }
}
