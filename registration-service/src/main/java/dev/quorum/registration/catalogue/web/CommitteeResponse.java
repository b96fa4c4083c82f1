package dev.quorum.registration.catalogue.web;

import dev.quorum.registration.catalogue.domain.Committee;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A committee of the conference with the seats schools may rank. */
public record CommitteeResponse(
        String id,
        String conferenceId,

        @Schema(example = "Shanghai Cooperation Organisation")
        String name,

        @Schema(example = "SCO") String abbreviation,

        @Schema(description = "Delegates per seat: 1 or 2", example = "1")
        int delegationSize,

        List<SeatResponse> seats) {

    /** A seat: the country or position one school's delegation holds. */
    public record SeatResponse(
            String id,
            @Schema(example = "Kazakhstan") String name,

            @Schema(allowableValues = {"MEMBER", "VETO_MEMBER", "OBSERVER", "NON_STATE_ACTOR"})
            String kind) {}

    static CommitteeResponse of(Committee c) {
        return new CommitteeResponse(
                c.id(),
                c.conferenceId(),
                c.name(),
                c.abbreviation(),
                c.delegationSize(),
                c.seats().stream()
                        .map(s -> new SeatResponse(s.id(), s.name(), s.kind().name()))
                        .toList());
    }
}
