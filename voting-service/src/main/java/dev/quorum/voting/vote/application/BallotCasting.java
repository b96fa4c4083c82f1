package dev.quorum.voting.vote.application;

import dev.quorum.platform.problem.TransientConflictException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.voting.rules.domain.Choice;
import dev.quorum.voting.vote.domain.Ballot;
import dev.quorum.voting.vote.domain.BallotRefusedException;
import dev.quorum.voting.vote.domain.SeatBallot;
import dev.quorum.voting.vote.domain.Vote;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The ballot path, the hottest write in the system (design section 8): one guarded insert of the
 * seat's own ballot document, then one atomic increment of the vote's counts; never a
 * read-modify-write of the vote that concurrent ballots would fight over. Reads of the vote take
 * only its counts and the one seat ({@link VoteRepository#findForBallot}).
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
        Vote vote = votes.findForBallot(voteId, seatId).orElseThrow(() -> VoteAccess.notFound(voteId));
        access.requireCast(caller, vote, seatId);
        if (!vote.ballots().containsKey(seatId)) {
            Optional<Cast> first = castFirst(caller, vote, seatId, choice, withRights);
            if (first.isPresent()) {
                return first.get();
            }
        }
        return castAgain(caller, voteId, seatId, choice, withRights);
    }

    /**
     * The common case, a seat's first ballot, without reading the ballot first: the unique insert
     * tells whether the seat has one. Empty when it has (or the vote refuses this one): the general
     * path then decides, from the ballot read first, so a retry answers as the first request did.
     */
    private Optional<Cast> castFirst(
            QuorumPrincipal caller, Vote vote, String seatId, Choice choice, boolean withRights) {
        SeatBallot first;
        try {
            first = vote.admit(seatId, choice, withRights);
        } catch (BallotRefusedException e) {
            return Optional.empty();
        }
        Ballot stored =
                new Ballot(vote.id(), seatId, first, Optional.empty(), false, caller.subject(), clock.instant(), 1);
        if (!ballots.insert(stored)) {
            return Optional.empty();
        }
        return Optional.of(new Cast(seatId, first, counter.count(vote, stored)));
    }

    private Cast castAgain(QuorumPrincipal caller, String voteId, String seatId, Choice choice, boolean withRights) {
        // The ballot first: if it is counted, the vote read after it includes it.
        Optional<Ballot> existing = ballots.find(voteId, seatId);
        Vote vote = votes.findForBallot(voteId, seatId).orElseThrow(() -> VoteAccess.notFound(voteId));
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
