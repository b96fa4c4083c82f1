package dev.quorum.committee.committee.web;

import dev.quorum.committee.committee.domain.CommitteeChanges;
import dev.quorum.committee.committee.domain.CommitteeDetails;
import dev.quorum.committee.committee.domain.CommitteeLevel;
import dev.quorum.committee.committee.domain.CommitteeType;
import dev.quorum.committee.committee.domain.DetailsPatch;
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

/**
 * A change to a committee: fields left out stay as they are. {@code seats} is the whole new list
 * (seats named by seatId are kept); {@code rules} is a whole new profile, resolved from its preset.
 */
record UpdateCommitteeRequest(
        @PlainText @Size(min = 1, max = CommitteeDetails.MAX_NAME_LENGTH)
        String name,

        @PlainText @Size(min = 1, max = CommitteeDetails.MAX_ABBREVIATION_LENGTH)
        String abbreviation,

        CommitteeType type,
        CommitteeLevel level,

        @Size(max = CommitteeDetails.MAX_AGENDA_ITEMS)
        List<@NotBlank @PlainText @Size(max = CommitteeDetails.MAX_AGENDA_ITEM_LENGTH) String> agendaItems,

        @Schema(description = "Delegates per seat") @Min(1) @Max(2)
        Integer delegationSize,

        @Valid RulesRequest rules,
        @Size(max = Seats.MAX_SEATS) List<@NotNull @Valid SeatRequest> seats,
        Instant positionPaperDeadline) {

    CommitteeChanges changes() {
        return new CommitteeChanges(
                new DetailsPatch(name, abbreviation, type, level, agendaItems, positionPaperDeadline),
                delegationSize,
                seats == null ? null : seats.stream().map(SeatRequest::toDraft).toList(),
                rules == null ? null : rules.resolve());
    }
}
