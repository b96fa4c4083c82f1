package dev.quorum.committee.roster.web;

import dev.quorum.committee.roster.application.Roster;
import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.security.QuorumPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Who sits in which seat of a committee, as registration's seat events said. */
@RestController
@Tag(name = "Committees")
class RosterController {
    private final Roster roster;

    RosterController(Roster roster) {
        this.roster = roster;
    }

    @GetMapping("/api/committees/{id}/roster")
    @Operation(
            summary = "Read a committee's roster",
            description = "The committee's chairs and the conference's Secretariat. Every seat in the committee's "
                    + "order with the school holding it and the delegates seated there; follows "
                    + "registration.events, so it lags registration by the events in flight.")
    @ProblemResponse(status = 403, description = "The caller belongs to the conference but chairs no such committee.")
    List<Roster.SeatHolder> roster(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = 64) String id) {
        return roster.of(QuorumPrincipal.from(jwt), id);
    }
}
