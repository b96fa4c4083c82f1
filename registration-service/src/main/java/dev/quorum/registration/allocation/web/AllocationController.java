package dev.quorum.registration.allocation.web;

import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.registration.allocation.application.AllocationFinalizer;
import dev.quorum.registration.allocation.application.AllocationService;
import dev.quorum.registration.allocation.application.ProposalView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The Secretariat's seat allocation: a proposal, moves by hand, then finalize. */
@RestController
@RequestMapping("/api/conferences/{conferenceId}/allocations")
@Tag(name = "Allocation")
class AllocationController {
    private final AllocationService allocations;
    private final AllocationFinalizer finalizer;

    AllocationController(AllocationService allocations, AllocationFinalizer finalizer) {
        this.allocations = allocations;
        this.finalizer = finalizer;
    }

    record ProposeRequest(
            @Schema(description = "Decides the order of the schools and the ties; random when absent, echoed back")
            Long seed) {}

    record MoveRequest(
            @Schema(description = "The accepted school to give the seat to; null frees the seat") @Size(max = 64)
            String schoolId) {}

    @PostMapping
    @Operation(
            summary = "Propose an allocation",
            description = "The conference's Secretariat, while registration is open or closed (else 409). Allocates "
                    + "the catalogue's seats to the accepted schools by their rankings (ADR 9); the same seed gives "
                    + "the same proposal. Nothing is published until it is finalized.")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponse(status = 403, description = "The caller is an advisor of the conference, not its Secretariat.")
    @ProblemResponse(status = 409, description = "Registration is not open or closed, or an allocation is final.")
    ProposalResponse propose(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String conferenceId,
            @RequestBody(required = false) ProposeRequest request,
            HttpServletResponse response) {
        Optional<Long> seed = Optional.ofNullable(request).map(ProposeRequest::seed);
        ProposalView view = allocations.propose(QuorumPrincipal.from(jwt), conferenceId, seed);
        response.setHeader(
                HttpHeaders.LOCATION,
                "/api/conferences/" + conferenceId + "/allocations/"
                        + view.proposal().id());
        return ProposalResponse.of(view);
    }

    @GetMapping("/{allocationId}")
    @Operation(summary = "Read an allocation", description = "The conference's Secretariat; 404 for others.")
    @ProblemResponse(status = 403, description = "The caller is an advisor of the conference, not its Secretariat.")
    ProposalResponse get(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String conferenceId,
            @PathVariable @Size(max = 64) String allocationId) {
        return ProposalResponse.of(allocations.get(QuorumPrincipal.from(jwt), conferenceId, allocationId));
    }

    @PutMapping("/{allocationId}/seats/{seatId}")
    @Operation(
            summary = "Move a seat by hand",
            description = "Gives the seat to an accepted school (400 naming schoolId otherwise) or frees it "
                    + "(schoolId null). 409 when another school holds it (release it first), when the school would "
                    + "get more delegates than it requested, or once the allocation is final; 404 for a seat not in "
                    + "the catalogue. Of concurrent claims of one free seat exactly one succeeds.")
    @ProblemResponse(status = 403, description = "The caller is an advisor of the conference, not its Secretariat.")
    @ProblemResponse(
            status = 409,
            description = "Another school holds the seat, the school would get more delegates than it requested, "
                    + "or the allocation is final.")
    ProposalResponse move(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String conferenceId,
            @PathVariable @Size(max = 64) String allocationId,
            @PathVariable @Size(max = 64) String seatId,
            @Valid @RequestBody MoveRequest request) {
        return ProposalResponse.of(allocations.move(
                QuorumPrincipal.from(jwt),
                conferenceId,
                allocationId,
                seatId,
                Optional.ofNullable(request.schoolId())));
    }

    @PostMapping("/{allocationId}/finalize")
    @Operation(
            summary = "Finalize an allocation",
            description = "The conference's Secretariat. Publishes SeatAssigned per seat and opens the seats to the "
                    + "advisors. A conference finalizes one allocation (409 for another); repeating the finalize "
                    + "of the same one completes it. 409 while a school in it is no longer accepted.")
    @ProblemResponse(status = 403, description = "The caller is an advisor of the conference, not its Secretariat.")
    @ProblemResponse(
            status = 409,
            description = "Another allocation of the conference is final, or a school in it is no longer accepted.")
    ProposalResponse finalizeAllocation(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String conferenceId,
            @PathVariable @Size(max = 64) String allocationId) {
        return ProposalResponse.of(finalizer.finalize(QuorumPrincipal.from(jwt), conferenceId, allocationId));
    }
}
