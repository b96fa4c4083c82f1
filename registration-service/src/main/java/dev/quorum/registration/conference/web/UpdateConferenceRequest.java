package dev.quorum.registration.conference.web;

import dev.quorum.platform.validation.PlainText;
import dev.quorum.registration.conference.domain.Conference;
import dev.quorum.registration.conference.domain.ConferenceChanges;
import dev.quorum.registration.conference.domain.ConferenceStatus;
import dev.quorum.registration.conference.domain.RegistrationTerms;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A partial change: fields left out (or null) stay as they are. */
public record UpdateConferenceRequest(
        @PlainText @Size(min = 1, max = Conference.MAX_NAME_LENGTH)
        String name,

        LocalDate startDate,
        LocalDate endDate,
        @Size(min = 1, max = 64) String timeZone,
        @PlainText @Size(max = Conference.MAX_VENUE_LENGTH) String venue,

        @Schema(
                description =
                        "DRAFT → REGISTRATION_OPEN → REGISTRATION_CLOSED (→ REGISTRATION_OPEN) → RUNNING → FINISHED")
        ConferenceStatus status,

        @Valid @Size(max = RegistrationTerms.MAX_WINDOWS) List<TermsRequest.@NotNull @Valid Window> registrationWindows,
        @Min(1) @Max(RegistrationTerms.MAX_CAPACITY) Integer capacity,
        @Valid TermsRequest.FeesRequest fees,
        @Min(1) @Max(50) Integer maxPreferences,

        @Min(1) @Max(RegistrationTerms.MAX_DELEGATES_PER_APPLICATION)
        Integer maxDelegatesPerApplication) {

    ConferenceChanges changes() {
        return new ConferenceChanges(
                Optional.ofNullable(name),
                Optional.ofNullable(startDate),
                Optional.ofNullable(endDate),
                Optional.ofNullable(timeZone).map(ConferenceController::timeZone),
                Optional.ofNullable(venue),
                Optional.ofNullable(status),
                Optional.ofNullable(registrationWindows).map(TermsRequest::windows),
                Optional.ofNullable(capacity),
                Optional.ofNullable(fees).map(TermsRequest.FeesRequest::toDomain),
                Optional.ofNullable(maxPreferences),
                Optional.ofNullable(maxDelegatesPerApplication));
    }
}
