package dev.quorum.registration.conference.web;

import dev.quorum.platform.validation.PlainText;
import dev.quorum.registration.conference.domain.Conference;
import dev.quorum.registration.conference.domain.RegistrationTerms;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the Secretariat says about a new conference. */
public record CreateConferenceRequest(
        @Schema(example = "ACIMUN'25") @NotBlank @PlainText @Size(max = Conference.MAX_NAME_LENGTH)
        String name,

        @Schema(example = "2025-11-21") @NotNull LocalDate startDate,
        @Schema(example = "2025-11-23") @NotNull LocalDate endDate,

        @Schema(description = "IANA time zone of the venue", example = "Europe/Istanbul") @NotBlank @Size(max = 64)
        String timeZone,

        @Schema(example = "Antalya") @PlainText @Size(max = Conference.MAX_VENUE_LENGTH)
        String venue,

        @Schema(description = "When schools may apply; none means whenever registration is open")
        @Valid
        @Size(max = RegistrationTerms.MAX_WINDOWS)
        List<TermsRequest.@NotNull @Valid Window> registrationWindows,

        @Schema(description = "Most delegates the conference takes; none means no limit", example = "400")
        @Min(1)
        @Max(RegistrationTerms.MAX_CAPACITY)
        Integer capacity,

        @Valid TermsRequest.FeesRequest fees,

        @Schema(description = "Ranked choices a school may give", example = "10") @Min(1) @Max(50)
        Integer maxPreferences,

        @Schema(
                description = "Most delegates one application may ask for; none means a quarter of the "
                        + "capacity, at least 20 (no more than the capacity)",
                example = "40")
        @Min(1)
        @Max(RegistrationTerms.MAX_DELEGATES_PER_APPLICATION)
        Integer maxDelegatesPerApplication) {

    RegistrationTerms terms() {
        return new RegistrationTerms(
                TermsRequest.windows(registrationWindows),
                Optional.ofNullable(capacity),
                Optional.ofNullable(fees).map(TermsRequest.FeesRequest::toDomain),
                maxPreferences == null ? RegistrationTerms.DEFAULT_MAX_PREFERENCES : maxPreferences,
                Optional.ofNullable(maxDelegatesPerApplication));
    }
}
