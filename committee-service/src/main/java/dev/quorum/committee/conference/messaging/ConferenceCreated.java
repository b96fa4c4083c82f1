package dev.quorum.committee.conference.messaging;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Our copy of registration-service's {@code quorum.registration.ConferenceCreated.v1}; only the
 * fields this service uses. Unknown fields are ignored so the producer can add some.
 */
public record ConferenceCreated(
        @NotBlank String conferenceId,
        @Min(1) long version,
        @NotBlank String name,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotBlank String timeZone)
        implements ConferenceSnapshot {

    public static final String TYPE = "quorum.registration.ConferenceCreated.v1";
}
