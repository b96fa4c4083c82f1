package dev.quorum.committee.committee.web;

import dev.quorum.committee.committee.domain.SeatDraft;
import dev.quorum.committee.committee.domain.SeatKind;
import dev.quorum.committee.committee.domain.Seats;
import dev.quorum.platform.validation.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A seat as the Secretariat lists it. */
record SeatRequest(
        @Schema(description = "Only when changing seats: the id of a seat to keep (its school and delegates stay)")
        @Size(min = 1, max = 64)
        String seatId,

        @Schema(example = "Kazakhstan") @NotBlank @PlainText @Size(max = Seats.MAX_NAME_LENGTH)
        String name,

        @NotNull SeatKind kind) {

    SeatDraft toDraft() {
        return new SeatDraft(seatId, name, kind);
    }
}
