package dev.quorum.voting.vote.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * {@code quorum.voting.VoteClosed.v1} (ADR 12): the vote's result; committee-service applies the
 * outcome to the subject. {@code vetoedBy} only with outcome VETOED.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoteClosed(
        String voteId,
        String committeeId,
        String conferenceId,
        String sessionId,
        long version,
        EventParts.SubjectData subject,
        String kind,
        String outcome,
        EventParts.CountsData counts,
        EventParts.Threshold threshold,
        List<String> vetoedBy,
        Instant closedAt,
        String closedBy) {
    public static final String TYPE = "quorum.voting.VoteClosed.v1";
}
