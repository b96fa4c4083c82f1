package dev.quorum.committee.session.domain;

import java.time.Instant;

/**
 * The vote the session waits for: requested from voting-service, applied when it closes.
 *
 * @param method placard, or roll call when a roll-call motion was adopted before it was requested
 */
public record PendingVote(String voteId, String motionId, String title, Instant requestedAt, VoteMethod method) {}
