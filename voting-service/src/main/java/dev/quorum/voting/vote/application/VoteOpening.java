package dev.quorum.voting.vote.application;

import dev.quorum.platform.problem.ConflictException;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.voting.rollcall.application.RollCalls;
import dev.quorum.voting.rollcall.domain.RollCall;
import dev.quorum.voting.rules.domain.DecisionRule;
import dev.quorum.voting.rules.domain.VoteKind;
import dev.quorum.voting.rules.domain.VoteMethod;
import dev.quorum.voting.vote.domain.Counts;
import dev.quorum.voting.vote.domain.EligibleSeat;
import dev.quorum.voting.vote.domain.Subject;
import dev.quorum.voting.vote.domain.Vote;
import dev.quorum.voting.vote.domain.VoteStatus;
import dev.quorum.voting.vote.messaging.VotingEvents;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Opens votes: from committee-service's VoteRequested, or a chair's ad-hoc vote. */
@Service
public class VoteOpening {
    private final VoteRepository votes;
    private final RollCalls rollCalls;
    private final VoteAccess access;
    private final VotingEvents events;
    private final VoteChanges changes;
    private final Clock clock;

    VoteOpening(
            VoteRepository votes,
            RollCalls rollCalls,
            VoteAccess access,
            VotingEvents events,
            VoteChanges changes,
            Clock clock) {
        this.votes = votes;
        this.rollCalls = rollCalls;
        this.access = access;
        this.events = events;
        this.changes = changes;
        this.clock = clock;
    }

    /** What a vote is opened with; the rule and seats come from the request or the roll call. */
    public record Request(
            String voteId,
            String committeeId,
            String conferenceId,
            String sessionId,
            Subject subject,
            VoteKind kind,
            VoteMethod method,
            boolean secret,
            DecisionRule rule,
            List<EligibleSeat> seats) {}

    /**
     * Opens the vote committee-service requested, under the id it chose: a redelivered request
     * opens nothing new.
     *
     * @return true if this call opened it
     */
    public boolean openRequested(Request request) {
        return open(request).isPresent();
    }

    /**
     * A chair's ad-hoc vote on the session's latest roll call: its present seats (observers on
     * procedural votes only), and the committee's rule for the kind of vote.
     */
    public Vote openAdHoc(
            QuorumPrincipal caller,
            String committeeId,
            String sessionId,
            Subject subject,
            VoteKind kind,
            VoteMethod method,
            boolean secret) {
        Optional<RollCall> latest = rollCalls.latest(sessionId);
        if (latest.isEmpty() || !latest.get().committeeId().equals(committeeId)) {
            access.requireRun(caller, "", committeeId);
            throw new ConflictException("Session " + sessionId + " of committee " + committeeId
                    + " has no roll call yet; take the roll first.");
        }
        RollCall rollCall = latest.get();
        if (!caller.belongsTo(rollCall.conferenceId())) {
            throw new NotFoundException("No session " + sessionId + ".");
        }
        access.requireRun(caller, rollCall.conferenceId(), committeeId);
        if (!rollCall.quorumToVote()) {
            throw new ConflictException("The quorum to vote is not met in session " + sessionId + ".");
        }
        List<EligibleSeat> seats = rollCall.eligibleFor(kind);
        if (seats.isEmpty()) {
            throw new ConflictException("No seat present may vote on this vote.");
        }
        Request request = new Request(
                UUID.randomUUID().toString(),
                committeeId,
                rollCall.conferenceId(),
                sessionId,
                subject,
                kind,
                method,
                secret,
                rollCall.ruleFor(kind),
                seats);
        return open(request).orElseThrow();
    }

    private Optional<Vote> open(Request r) {
        Vote vote = new Vote(
                r.voteId(),
                r.committeeId(),
                r.conferenceId(),
                r.sessionId(),
                r.subject(),
                r.kind(),
                r.method(),
                r.secret(),
                r.rule(),
                r.seats(),
                VoteStatus.OPEN,
                Counts.NONE,
                Map.of(),
                Optional.empty(),
                clock.instant(),
                1);
        if (!votes.open(vote, List.of(events.opened(vote)))) {
            return Optional.empty();
        }
        changes.changed(vote);
        return Optional.of(vote);
    }
}
