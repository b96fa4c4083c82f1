package dev.quorum.guide.committee.messaging;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Our copy of committee-service's {@code quorum.committee.CommitteeSeatsChanged.v1}: guides need no
 * seats, only the committee's conference and version (a dead-letter replay can apply it before the
 * {@code CommitteeCreated} it follows).
 */
public record CommitteeSeatsChanged(
        @NotBlank @Size(max = 64) String committeeId,
        @NotBlank @Size(max = 64) String conferenceId,
        @Min(2) long version) {

    public static final String TYPE = "quorum.committee.CommitteeSeatsChanged.v1";
}
