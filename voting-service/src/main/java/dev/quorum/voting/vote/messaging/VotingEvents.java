package dev.quorum.voting.vote.messaging;

import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.platform.outbox.PendingEventFactory;
import dev.quorum.voting.rules.domain.Decision;
import dev.quorum.voting.rules.domain.Outcome;
import dev.quorum.voting.vote.domain.SeatBallot;
import dev.quorum.voting.vote.domain.Vote;
import dev.quorum.voting.vote.domain.VoteResult;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The events of {@code voting.events}, keyed by committee id so one committee's votes stay in
 * order; {@code ce_subject} is the committee id too (ADR 12). VoteOpened and VoteClosed wait in the
 * vote's document, each BallotCast in its ballot's own document (ADR 17).
 */
@Component
public class VotingEvents {
    public static final String TOPIC = "voting.events";

    private final PendingEventFactory events;

    public VotingEvents(PendingEventFactory events) {
        this.events = events;
    }

    public PendingEvent opened(Vote vote) {
        VoteOpened data = new VoteOpened(
                vote.id(),
                vote.committeeId(),
                vote.conferenceId(),
                vote.sessionId(),
                1,
                EventParts.SubjectData.of(vote.subject()),
                vote.kind().name(),
                vote.method().name(),
                vote.secret(),
                EventParts.RuleData.of(vote.rule()),
                vote.seats().stream().map(EventParts.SeatData::of).toList(),
                vote.openedAt());
        return events.create(TOPIC, VoteOpened.TYPE, vote.committeeId(), vote.committeeId(), data);
    }

    /**
     * {@code after} is the vote as the write that counted {@code ballot} left it; a secret vote's
     * event carries the counts only, never the seat or its choice.
     */
    public PendingEvent ballotCast(Vote after, String seatId, SeatBallot ballot, Instant castAt) {
        boolean open = !after.secret();
        BallotCast data = new BallotCast(
                after.id(),
                after.committeeId(),
                after.conferenceId(),
                after.sessionId(),
                EventParts.CountsData.of(after),
                open ? seatId : null,
                open ? ballot.choice().name() : null,
                open ? ballot.withRights() : null,
                open ? ballot.revision() : null,
                castAt);
        return events.create(TOPIC, BallotCast.TYPE, after.committeeId(), after.committeeId(), data);
    }

    /** {@code version} is the vote's version after the closing write. */
    public PendingEvent closed(Vote vote, VoteResult result, long version) {
        Decision d = result.decision();
        VoteClosed data = new VoteClosed(
                vote.id(),
                vote.committeeId(),
                vote.conferenceId(),
                vote.sessionId(),
                version,
                EventParts.SubjectData.of(vote.subject()),
                vote.kind().name(),
                d.outcome().name(),
                new EventParts.CountsData(
                        result.counts().yes(),
                        result.counts().no(),
                        result.counts().abstain(),
                        result.notVoting()),
                new EventParts.Threshold(EventParts.RuleData.of(vote.rule()), d.requiredYes(), d.explanation()),
                d.outcome() == Outcome.VETOED ? d.vetoedBy() : null,
                result.closedAt(),
                result.closedBy().name());
        return events.create(TOPIC, VoteClosed.TYPE, vote.committeeId(), vote.committeeId(), data);
    }
}
