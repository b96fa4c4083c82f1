package dev.quorum.voting.vote.domain;

import dev.quorum.voting.rules.domain.Decision;
import java.time.Instant;

/** How a vote ended: the rules engine's decision on the final counts, when and why it closed. */
public record VoteResult(Decision decision, Counts counts, int notVoting, Instant closedAt, ClosedBy closedBy) {}
