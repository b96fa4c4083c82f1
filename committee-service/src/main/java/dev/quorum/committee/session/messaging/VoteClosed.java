package dev.quorum.committee.session.messaging;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/**
 * This service's copy of voting-service's {@code VoteClosed.v1} (ADR 12), with only the fields it
 * reads; its contract test reads the producer's golden example.
 */
public record VoteClosed(
        @NotBlank String voteId,
        @NotBlank String committeeId,
        @NotBlank String sessionId,
        @NotNull @Valid Subject subject,

        @NotNull @Pattern(regexp = "ADOPTED|REJECTED|VETOED")
        String outcome,

        Instant closedAt) {
    public static final String TYPE = "quorum.voting.VoteClosed.v1";

    public record Subject(@NotBlank String type, @NotBlank String id) {}

    public boolean adopted() {
        return "ADOPTED".equals(outcome);
    }
}
