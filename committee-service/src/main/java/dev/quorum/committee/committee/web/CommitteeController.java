package dev.quorum.committee.committee.web;

import dev.quorum.committee.committee.application.CommitteeRepository;
import dev.quorum.committee.committee.application.CommitteeService;
import dev.quorum.committee.committee.domain.Committee;
import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.problem.InvalidInputException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Committees of a conference, their seats and rules profiles. */
@RestController
@RequestMapping("/api/committees")
@Tag(name = "Committees")
class CommitteeController {
    private final CommitteeService committees;

    CommitteeController(CommitteeService committees) {
        this.committees = committees;
    }

    @PostMapping
    @Operation(
            summary = "Create a committee",
            description = "The conference's Secretariat only; 404 until this service has learnt of the conference. "
                    + "Publishes CommitteeCreated on committee.events.")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponse(status = 403, description = "The caller belongs to the conference but is not its Secretariat.")
    @ProblemResponse(
            status = 404,
            description = "The conference is unknown here yet, or the caller does not belong to it.")
    CommitteeResponse create(
            @AuthenticationPrincipal Jwt jwt,
            @Valid @RequestBody CreateCommitteeRequest request,
            HttpServletResponse response) {
        Committee committee = committees.create(
                QuorumPrincipal.from(jwt),
                request.conferenceId(),
                request.details(),
                request.delegationSize(),
                request.rules().resolve(),
                request.seatDrafts());
        response.setHeader(HttpHeaders.LOCATION, "/api/committees/" + committee.id());
        response.setHeader(HttpHeaders.ETAG, etag(committee));
        return CommitteeResponse.of(committee);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Read a committee",
            description = "Members of its conference. The ETag is the version, for If-Match.")
    ResponseEntity<CommitteeResponse> get(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = 64) String id) {
        Committee committee = committees.get(QuorumPrincipal.from(jwt), id);
        return ResponseEntity.ok().eTag(etag(committee)).body(CommitteeResponse.of(committee));
    }

    @GetMapping
    @Operation(
            summary = "List a conference's committees",
            description = "Oldest first. 404 until this service has learnt of the conference from "
                    + "registration.events, and for conferences the caller does not belong to.")
    @ProblemResponse(
            status = 404,
            description = "The conference is unknown here yet, or the caller does not belong to it.")
    PageResponse<CommitteeResponse> list(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam @NotBlank @Size(max = 64) String conferenceId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        CommitteeRepository.Page result = committees.list(QuorumPrincipal.from(jwt), conferenceId, page, size);
        return new PageResponse<>(
                result.items().stream().map(CommitteeResponse::of).toList(), page, size, result.total());
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Change a committee",
            description = "The conference's Secretariat only. Fields left out stay as they are; seats is the whole "
                    + "new list (give seatId to keep a seat) and rules a whole new profile. Seats, delegation size "
                    + "and rules change only while no session is open. With If-Match (the ETag of a GET), a "
                    + "committee changed since is a 412. Publishes CommitteeSeatsChanged when seats or the "
                    + "delegation size change.")
    @ProblemResponse(status = 403, description = "The caller belongs to the conference but is not its Secretariat.")
    @ProblemResponse(
            status = 409,
            description = "A session is open and the change touches seats, delegation size or rules; "
                    + "or another request changed the committee at the same time.")
    ResponseEntity<CommitteeResponse> update(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody UpdateCommitteeRequest request) {
        Committee committee =
                committees.revise(QuorumPrincipal.from(jwt), id, expectedVersion(ifMatch), request.changes());
        return ResponseEntity.ok().eTag(etag(committee)).body(CommitteeResponse.of(committee));
    }

    private static String etag(Committee committee) {
        return "\"" + committee.version() + "\"";
    }

    private static Optional<Long> expectedVersion(String ifMatch) {
        // "*" matches any current version (RFC 9110 13.1.1): the committee exists, so it applies.
        if (ifMatch == null || ifMatch.trim().equals("*")) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "must be an ETag from this API, such as \"3\"");
        }
    }
}
