package dev.quorum.registration.catalogue.messaging;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Our copy of committee-service's {@code quorum.committee.CommitteeSeatsChanged.v1}: the
 * committee's whole current seat list and delegation size, replacing our copy when newer.
 */
public record CommitteeSeatsChanged(
        @NotBlank @Size(max = 64) String committeeId,
        @NotBlank @Size(max = 64) String conferenceId,
        @Min(1) long version,
        @Min(1) @Max(2) int delegationSize,
        @NotNull @Size(max = SeatData.MAX_SEATS) List<@NotNull @Valid SeatData> seats) {

    public static final String TYPE = "quorum.committee.CommitteeSeatsChanged.v1";

    @AssertTrue(message = "must not repeat a seatId")
    public boolean isSeatIdsUnique() {
        return SeatData.idsAreUnique(seats);
    }
}
