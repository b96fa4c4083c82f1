package dev.quorum.committee.session.domain;

import java.time.Instant;

/** The vote the session waits for: requested from voting-service, applied when it closes. */
public record PendingVote(String voteId, String motionId, String title, Instant requestedAt) {}
