package dev.quorum.voting.vote.application;

import dev.quorum.platform.problem.TransientConflictException;
import dev.quorum.voting.vote.domain.ClosedBy;
import dev.quorum.voting.vote.domain.Vote;
import dev.quorum.voting.vote.domain.VoteResult;
import dev.quorum.voting.vote.messaging.VotingEvents;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Closes a vote exactly once: the result is decided on the counts read and stored only if the
 * vote's version is still the one read (every counted ballot moves it), so a close never misses a
 * ballot counted meanwhile, and of two closers (the last two ballots, the chair, the reconciler)
 * exactly one writes VoteClosed.
 */
@Component
public class VoteClosing {
    private static final int ATTEMPTS = 20;

    private final VoteRepository votes;
    private final VotingEvents events;
    private final VoteChanges changes;
    private final Clock clock;

    VoteClosing(VoteRepository votes, VotingEvents events, VoteChanges changes, Clock clock) {
        this.votes = votes;
        this.events = events;
        this.changes = changes;
        this.clock = clock;
    }

    /** Closes the vote if every eligible seat has voted; the vote as it then stands. */
    public Optional<Vote> closeWhenAllVoted(String voteId) {
        return close(voteId, ClosedBy.ALL_VOTED);
    }

    /** The chair's close: ballots counted before it are in the result, later ones are refused. */
    public Vote closeByChair(String voteId) {
        return close(voteId, ClosedBy.CHAIR)
                .orElseThrow(() -> new TransientConflictException("Ballots are being counted; try again."));
    }

    private Optional<Vote> close(String voteId, ClosedBy by) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Vote> read = votes.find(voteId);
            if (read.isEmpty() || !read.get().isOpen()) {
                return read;
            }
            Vote vote = read.get();
            if (by == ClosedBy.ALL_VOTED && !vote.allVoted()) {
                return read;
            }
            VoteResult result =
                    new VoteResult(vote.decide(), vote.counts(), vote.tally().notVoting(), clock.instant(), by);
            if (votes.close(vote, result, List.of(events.closed(vote, result, vote.version() + 1)))) {
                Optional<Vote> closed = votes.find(voteId);
                closed.ifPresent(changes::changed);
                return closed;
            }
        }
        return Optional.empty();
    }
}
