package dev.quorum.voting.vote.messaging;

import java.time.Instant;
import java.util.List;

/**
 * {@code quorum.voting.VoteOpened.v1}: a vote opened (from committee-service's VoteRequested or a
 * chair's ad-hoc vote), with its rule and eligible seats.
 */
public record VoteOpened(
        String voteId,
        String committeeId,
        String conferenceId,
        String sessionId,
        long version,
        EventParts.SubjectData subject,
        String kind,
        String method,
        boolean secret,
        EventParts.RuleData rule,
        List<EventParts.SeatData> seats,
        Instant openedAt) {
    public static final String TYPE = "quorum.voting.VoteOpened.v1";
}
