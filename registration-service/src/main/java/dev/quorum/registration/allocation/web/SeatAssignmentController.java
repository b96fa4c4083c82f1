package dev.quorum.registration.allocation.web;

import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.web.PageResponse;
import dev.quorum.registration.allocation.application.SeatAssignmentRepository;
import dev.quorum.registration.allocation.application.SeatReassignment;
import dev.quorum.registration.allocation.application.SeatingService;
import dev.quorum.registration.allocation.domain.SeatAssignment;
import dev.quorum.registration.catalogue.domain.CommitteeSeat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The finalized seats and the delegates advisors put on them. */
@RestController
@Tag(name = "Allocation")
class SeatAssignmentController {
    private final SeatingService seating;
    private final SeatReassignment reassignment;

    SeatAssignmentController(SeatingService seating, SeatReassignment reassignment) {
        this.seating = seating;
        this.reassignment = reassignment;
    }

    record SeatRequest(@NotBlank @Size(max = 64) String seatId) {}

    record HolderRequest(@NotBlank @Size(max = 64) String schoolId) {}

    record SeatAssignmentResponse(
            String seatId,
            String committeeId,
            String schoolId,
            int delegationSize,
            List<String> delegates,
            long version) {
        static SeatAssignmentResponse of(SeatAssignment a) {
            return new SeatAssignmentResponse(
                    a.seatId(),
                    a.committeeId(),
                    a.schoolId().orElse(null),
                    a.delegationSize(),
                    a.delegates(),
                    a.version());
        }
    }

    @GetMapping("/api/conferences/{conferenceId}/seat-assignments")
    @Operation(
            summary = "List the finalized seats",
            description = "The conference's Secretariat sees every held seat, an advisor its school's; by committee "
                    + "and seat. 404 for others.")
    PageResponse<SeatAssignmentResponse> list(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String conferenceId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        SeatAssignmentRepository.Page result = seating.list(QuorumPrincipal.from(jwt), conferenceId, page, size);
        return new PageResponse<>(
                result.items().stream().map(SeatAssignmentResponse::of).toList(), page, size, result.total());
    }

    record FreeSeatResponse(String seatId, String committeeId, String name, String kind, int delegationSize) {
        static FreeSeatResponse of(CommitteeSeat s) {
            return new FreeSeatResponse(
                    s.seatId(), s.committeeId(), s.name(), s.kind().name(), s.delegationSize());
        }
    }

    @GetMapping("/api/conferences/{conferenceId}/free-seats")
    @Operation(
            summary = "List the seats no school holds (after finalization)",
            description = "The conference's Secretariat sees the catalogue's seats that are free after the allocation "
                    + "was finalized: released by a withdrawal, freed by hand, or never placed; committee by committee. "
                    + "Give one with PUT .../seat-assignments/{seatId}. 409 before an allocation is final; 403 for "
                    + "the conference's advisors; 404 for others.")
    @ProblemResponse(status = 403, description = "The caller is an advisor of the conference, not its Secretariat.")
    @ProblemResponse(status = 409, description = "No allocation of the conference is final yet.")
    PageResponse<FreeSeatResponse> freeSeats(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String conferenceId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        SeatReassignment.FreeSeats free = reassignment.freeSeats(QuorumPrincipal.from(jwt), conferenceId, page, size);
        return new PageResponse<>(
                free.items().stream().map(FreeSeatResponse::of).toList(), page, size, free.total());
    }

    @PutMapping("/api/conferences/{conferenceId}/seat-assignments/{seatId}")
    @Operation(
            summary = "Give a free seat to a school (after finalization)",
            description = "The conference's Secretariat gives a catalogue seat that no school holds (released by a "
                    + "withdrawal, freed by hand, or never placed) to an accepted school; publishes SeatAssigned. 200 "
                    + "with no change when the school holds it already; 409 when another school holds it (free it "
                    + "first), when the school would get more delegates than it requested, or before an allocation "
                    + "was finalized (move seats in the proposal then). Of concurrent claims of one seat exactly one "
                    + "wins.")
    @ProblemResponse(status = 403, description = "The caller is an advisor of the conference, not its Secretariat.")
    @ProblemResponse(
            status = 409,
            description = "Another school holds the seat, the school would get more delegates than it requested, "
                    + "or no allocation is final yet.")
    SeatAssignmentResponse assign(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String conferenceId,
            @PathVariable @Size(max = 64) String seatId,
            @Valid @RequestBody HolderRequest request) {
        return SeatAssignmentResponse.of(
                reassignment.assign(QuorumPrincipal.from(jwt), conferenceId, seatId, request.schoolId()));
    }

    @DeleteMapping("/api/conferences/{conferenceId}/seat-assignments/{seatId}")
    @Operation(
            summary = "Free a seat (after finalization)",
            description = "The conference's Secretariat takes the seat back from its school: its delegates leave it "
                    + "(DelegateUnseated each), then SeatReleased. 204, also when the seat was free already; 404 for a "
                    + "seat that was never assigned.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ProblemResponse(status = 403, description = "The caller is an advisor of the conference, not its Secretariat.")
    void free(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String conferenceId,
            @PathVariable @Size(max = 64) String seatId) {
        reassignment.free(QuorumPrincipal.from(jwt), conferenceId, seatId);
    }

    @PutMapping("/api/delegates/{delegateId}/seat")
    @Operation(
            summary = "Seat a delegate",
            description = "The delegate's advisor (or the Secretariat) puts it on a seat its school holds (409 "
                    + "otherwise, or when the seat is full); it leaves the seat it sat on. Publishes DelegateSeated "
                    + "(and DelegateUnseated for the seat left).")
    @ProblemResponse(status = 409, description = "The school does not hold the seat, or the seat is full.")
    SeatAssignmentResponse seat(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String delegateId,
            @Valid @RequestBody SeatRequest request) {
        return SeatAssignmentResponse.of(seating.seat(QuorumPrincipal.from(jwt), delegateId, request.seatId()));
    }

    @DeleteMapping("/api/delegates/{delegateId}/seat")
    @Operation(
            summary = "Unseat a delegate",
            description =
                    "The delegate's advisor (or the Secretariat); publishes DelegateUnseated. 204 also when it sat nowhere.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unseat(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = 64) String delegateId) {
        seating.unseat(QuorumPrincipal.from(jwt), delegateId);
    }
}
