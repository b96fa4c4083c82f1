package dev.quorum.registration.catalogue.messaging;

import dev.quorum.registration.catalogue.domain.Committee;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Our copy of committee-service's {@code quorum.committee.CommitteeCreated.v1}: a committee of a
 * conference with its seats. Unknown fields are ignored so the producer can add some.
 */
public record CommitteeCreated(
        @NotBlank @Size(max = 64) String committeeId,
        @NotBlank @Size(max = 64) String conferenceId,
        @Min(1) long version,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 20) String abbreviation,
        @Min(1) @Max(2) int delegationSize,
        @NotNull @Size(max = SeatData.MAX_SEATS) List<@NotNull @Valid SeatData> seats) {

    public static final String TYPE = "quorum.committee.CommitteeCreated.v1";

    @AssertTrue(message = "must not repeat a seatId")
    public boolean isSeatIdsUnique() {
        return SeatData.idsAreUnique(seats);
    }

    Committee toCommittee() {
        return new Committee(committeeId, conferenceId, name, abbreviation, delegationSize, SeatData.toSeats(seats));
    }
}
