package dev.quorum.voting.rollcall.messaging;

import dev.quorum.voting.vote.messaging.CommitteeEventParts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * voting-service's copy of {@code quorum.committee.RollCallRecorded.v1} (producer:
 * committee-service, ADR 12): a session's attendance and the rules its votes follow.
 */
public record RollCallRecorded(
        @NotBlank @Size(max = 64) String committeeId,
        @NotBlank @Size(max = 64) String conferenceId,
        @NotBlank @Size(max = 64) String sessionId,
        @Min(1) long version,
        @NotNull Instant recordedAt,
        @NotNull @Size(max = 500) List<CommitteeEventParts.@NotNull @Valid SeatData> entries,
        @NotNull @Valid Quorum quorum,
        @NotNull @Valid Rules rules) {
    public static final String TYPE = "quorum.committee.RollCallRecorded.v1";

    /** Whether the quorums to debate and to vote are met. */
    public record Quorum(boolean debate, boolean vote) {}

    /** The rules the committee's profile applies to procedural and substantive votes. */
    public record Rules(
            @NotNull @Valid CommitteeEventParts.RuleData procedural,
            @NotNull @Valid CommitteeEventParts.RuleData substantive,
            boolean nonStateActorsVote) {}
}
