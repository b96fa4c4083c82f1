package dev.quorum.registration.conference.web;

import dev.quorum.registration.conference.domain.Conference;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the Secretariat says about a new conference. */
public record CreateConferenceRequest(
        @Schema(example = "ACIMUN'25") @NotBlank @Size(max = Conference.MAX_NAME_LENGTH)
        String name,

        @Schema(example = "2025-11-21") @NotNull LocalDate startDate,
        @Schema(example = "2025-11-23") @NotNull LocalDate endDate,

        @Schema(description = "IANA time zone of the venue", example = "Europe/Istanbul") @NotBlank @Size(max = 64)
        String timeZone,

        @Schema(example = "Antalya") @Size(max = Conference.MAX_VENUE_LENGTH)
        String venue) {}
