package dev.quorum.guide.committee.messaging;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Our copy of committee-service's {@code quorum.committee.CommitteeCreated.v1}; only the fields this
 * service uses (not the seats). Unknown fields are ignored so the producer can add some.
 */
public record CommitteeCreated(
        @NotBlank @Size(max = 64) String committeeId,
        @NotBlank @Size(max = 64) String conferenceId,
        @Min(1) long version,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 20) String abbreviation) {

    public static final String TYPE = "quorum.committee.CommitteeCreated.v1";
}
