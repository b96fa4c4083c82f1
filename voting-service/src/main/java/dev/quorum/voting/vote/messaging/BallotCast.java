package dev.quorum.voting.vote.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * {@code quorum.voting.BallotCast.v1}: a ballot was counted; the counts after it. Seat, choice,
 * rights and revision only on votes that are not secret.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BallotCast(
        String voteId,
        String committeeId,
        String conferenceId,
        String sessionId,
        EventParts.CountsData counts,
        String seatId,
        String choice,
        Boolean withRights,
        Integer revision,
        Instant castAt) {
    public static final String TYPE = "quorum.voting.BallotCast.v1";
}
