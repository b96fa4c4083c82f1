package dev.quorum.committee.committee.web;

import dev.quorum.committee.committee.domain.CommitteeDetails;
import dev.quorum.committee.committee.domain.CommitteeLevel;
import dev.quorum.committee.committee.domain.CommitteeType;
import dev.quorum.committee.committee.domain.SeatDraft;
import dev.quorum.committee.committee.domain.Seats;
import dev.quorum.platform.validation.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** What the Secretariat says about a new committee. */
record CreateCommitteeRequest(
        @NotBlank @Size(max = 64) String conferenceId,

        @Schema(example = "Shanghai Cooperation Organisation")
        @NotBlank
        @PlainText
        @Size(max = CommitteeDetails.MAX_NAME_LENGTH)
        String name,

        @Schema(example = "SCO") @NotBlank @PlainText @Size(max = CommitteeDetails.MAX_ABBREVIATION_LENGTH)
        String abbreviation,

        @NotNull CommitteeType type,
        CommitteeLevel level,

        @Size(max = CommitteeDetails.MAX_AGENDA_ITEMS)
        List<@NotBlank @PlainText @Size(max = CommitteeDetails.MAX_AGENDA_ITEM_LENGTH) String> agendaItems,

        @Schema(description = "Delegates per seat", example = "1") @NotNull @Min(1) @Max(2)
        Integer delegationSize,

        @NotNull @Valid RulesRequest rules,
        @NotNull @Size(max = Seats.MAX_SEATS) List<@NotNull @Valid SeatRequest> seats,

        @Schema(description = "Between 2000 and 2100; none when position papers are not asked for")
        Instant positionPaperDeadline) {

    CommitteeDetails details() {
        return new CommitteeDetails(
                name, abbreviation, type, level, agendaItems == null ? List.of() : agendaItems, positionPaperDeadline);
    }

    List<SeatDraft> seatDrafts() {
        return seats.stream().map(SeatRequest::toDraft).toList();
    }
}
