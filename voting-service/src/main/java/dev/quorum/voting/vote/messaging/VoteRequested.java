package dev.quorum.voting.vote.messaging;

import dev.quorum.voting.rules.domain.VoteKind;
import dev.quorum.voting.rules.domain.VoteMethod;
import dev.quorum.voting.vote.domain.SubjectType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * voting-service's copy of {@code quorum.committee.VoteRequested.v1} (producer: committee-service,
 * ADR 12): open this vote, under this id, with this rule and these seats.
 */
public record VoteRequested(
        @NotBlank @Size(max = 64) String voteId,
        @NotBlank @Size(max = 64) String committeeId,
        @NotBlank @Size(max = 64) String conferenceId,
        @NotBlank @Size(max = 64) String sessionId,
        @Min(1) long version,
        @NotNull @Valid SubjectData subject,
        @NotNull VoteKind kind,
        @NotNull VoteMethod method,
        boolean secret,
        @NotNull @Valid CommitteeEventParts.RuleData rule,
        @NotEmpty @Size(max = 500) List<CommitteeEventParts.@NotNull @Valid SeatData> seats,
        @NotNull Instant requestedAt) {
    public static final String TYPE = "quorum.committee.VoteRequested.v1";

    /** What is voted on. */
    public record SubjectData(
            @NotNull SubjectType type,
            @NotBlank @Size(max = 64) String id,
            @NotBlank @Size(max = 300) String title) {}
}
