package dev.quorum.voting.vote.application;

import dev.quorum.platform.problem.ForbiddenException;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.security.Roles;
import dev.quorum.voting.seating.application.Seatings;
import dev.quorum.voting.vote.domain.Vote;
import org.springframework.stereotype.Component;

/**
 * Who may see, run and vote in a vote. Outside the vote's conference a vote does not exist (404);
 * inside it, reading is open to its Secretariat, chairs and delegates (a session's votes are
 * public in the room), running it to the Secretariat and the committee's chairs (403 for others).
 */
@Component
public class VoteAccess {
    private final Seatings seatings;

    VoteAccess(Seatings seatings) {
        this.seatings = seatings;
    }

    public void requireRead(QuorumPrincipal p, Vote vote) {
        if (!p.belongsTo(vote.conferenceId())) {
            throw notFound(vote.id());
        }
        if (!(p.hasRole(Roles.SECRETARIAT) || p.hasRole(Roles.DELEGATE) || p.hasRole(Roles.CHAIR))) {
            throw notFound(vote.id());
        }
    }

    public void requireRun(QuorumPrincipal p, Vote vote) {
        requireRead(p, vote);
        requireRun(p, vote.conferenceId(), vote.committeeId());
    }

    /** For a vote that does not exist yet: the committee's chair or the conference's Secretariat. */
    public void requireRun(QuorumPrincipal p, String conferenceId, String committeeId) {
        if (!(p.administers(conferenceId) || chairs(p, committeeId))) {
            throw new ForbiddenException("Only the committee's chair or the Secretariat runs its votes.");
        }
    }

    /**
     * A delegate votes for the seat it sits on only: the token's {@code seat} claim, confirmed by
     * registration's latest DelegateSeated/DelegateUnseated (a token may be an hour old). The
     * committee's chair and the Secretariat record any seat's ballot (placards).
     */
    public void requireCast(QuorumPrincipal p, Vote vote, String seatId) {
        requireRead(p, vote);
        if (p.administers(vote.conferenceId()) || chairs(p, vote.committeeId())) {
            return;
        }
        boolean ownSeat = p.hasRole(Roles.DELEGATE)
                && p.seat().filter(seatId::equals).isPresent()
                && seatings.sits(seatId, p.subject());
        if (!ownSeat) {
            throw new ForbiddenException("A delegate votes for the seat it sits on only.");
        }
    }

    private static boolean chairs(QuorumPrincipal p, String committeeId) {
        return p.hasRole(Roles.CHAIR) && p.committees().contains(committeeId);
    }

    static NotFoundException notFound(String voteId) {
        return new NotFoundException("No vote " + voteId + ".");
    }
}
