package dev.quorum.voting.vote.application;

import dev.quorum.platform.problem.TransientConflictException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.voting.rules.domain.Choice;
import dev.quorum.voting.vote.domain.Ballot;
import dev.quorum.voting.vote.domain.SeatBallot;
import dev.quorum.voting.vote.domain.Vote;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The ballot path, the hottest write in the system (design section 8): one guarded insert of the
 * seat's own ballot document, then one atomic increment of the vote's counts; never a
 * read-modify-write of the vote that concurrent ballots would fight over.
 */
@Service
public class BallotCasting {
    private final VoteRepository votes;
    private final BallotRepository ballots;
    private final BallotCounter counter;
    private final VoteAccess access;
    private final Clock clock;

    BallotCasting(
            VoteRepository votes, BallotRepository ballots, BallotCounter counter, VoteAccess access, Clock clock) {
        this.votes = votes;
        this.ballots = ballots;
        this.counter = counter;
        this.access = access;
        this.clock = clock;
    }

    /** What a cast answers: the seat's counted ballot and the vote after it. */
    public record Cast(String seatId, SeatBallot ballot, Vote vote) {}

    /**
     * Casts (or, where allowed, replaces) the seat's ballot. The same answer again is a retry: it
     * changes nothing and answers as the first did, finishing the count if a crash interrupted it.
     */
    public Cast cast(QuorumPrincipal caller, String voteId, String seatId, Choice choice, boolean withRights) {
        // The ballot first: if it is counted, the vote read after it includes it.
        Optional<Ballot> existing = ballots.find(voteId, seatId);
        Vote vote = votes.find(voteId).orElseThrow(() -> VoteAccess.notFound(voteId));
        access.requireCast(caller, vote, seatId);
        if (existing.isPresent()) {
            Ballot before = existing.get();
            vote = counter.count(vote, before);
            if (before.current().sameAs(choice, withRights)) {
                return new Cast(seatId, before.current(), vote);
            }
        }
        SeatBallot next = vote.admit(seatId, choice, withRights);
        Ballot stored;
        if (existing.isEmpty()) {
            stored = new Ballot(voteId, seatId, next, Optional.empty(), false, caller.subject(), clock.instant(), 1);
            if (!ballots.insert(stored)) {
                throw new TransientConflictException("Another ballot for seat " + seatId + " is being cast.");
            }
        } else {
            Ballot before = existing.get();
            if (!ballots.replace(before, next)) {
                throw new TransientConflictException("Another ballot for seat " + seatId + " is being cast.");
            }
            stored = new Ballot(
                    voteId,
                    seatId,
                    next,
                    Optional.of(before.current()),
                    false,
                    caller.subject(),
                    clock.instant(),
                    before.version() + 1);
        }
        return new Cast(seatId, next, counter.count(vote, stored));
    }
}
