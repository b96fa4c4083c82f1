package dev.quorum.registration.conference.web;

import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.problem.InvalidInputException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.web.PageResponse;
import dev.quorum.registration.conference.application.ConferenceRepository;
import dev.quorum.registration.conference.application.ConferenceService;
import dev.quorum.registration.conference.domain.Conference;
import dev.quorum.registration.conference.domain.ConferenceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
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

/** Conferences: the tenants of a Quorum deployment. */
@RestController
@RequestMapping("/api/conferences")
@Tag(name = "Conferences", description = "Each conference is its own tenant.")
class ConferenceController {
    private final ConferenceService conferences;

    ConferenceController(ConferenceService conferences) {
        this.conferences = conferences;
    }

    @PostMapping
    @Operation(
            summary = "Create a conference",
            description = "Secretariat of the deployment only. Publishes ConferenceCreated on registration.events.")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponse(status = 403, description = "The caller is not the Secretariat of the deployment.")
    ConferenceResponse create(
            @AuthenticationPrincipal Jwt jwt,
            @Valid @RequestBody CreateConferenceRequest request,
            HttpServletResponse response) {
        Conference conference = conferences.plan(
                QuorumPrincipal.from(jwt),
                request.name(),
                request.startDate(),
                request.endDate(),
                timeZone(request.timeZone()),
                request.venue(),
                request.terms());
        response.setHeader(
                HttpHeaders.LOCATION, "/api/conferences/" + conference.id().value());
        response.setHeader(HttpHeaders.ETAG, etag(conference));
        return ConferenceResponse.of(conference);
    }

    @GetMapping
    @Operation(summary = "List the conferences the caller belongs to", description = "Oldest first.")
    PageResponse<ConferenceResponse> list(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        ConferenceRepository.Page result = conferences.list(QuorumPrincipal.from(jwt), page, size);
        return new PageResponse<>(
                result.items().stream().map(ConferenceResponse::of).toList(), page, size, result.total());
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Read a conference",
            description = "404 unless the caller belongs to it. The ETag is the version, for If-Match.")
    ResponseEntity<ConferenceResponse> get(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = 64) String id) {
        Conference conference = conferences.get(QuorumPrincipal.from(jwt), new ConferenceId(id));
        return ResponseEntity.ok().eTag(etag(conference)).body(ConferenceResponse.of(conference));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Change a conference",
            description = "The conference's Secretariat only. Fields left out stay as they are; status moves "
                    + "DRAFT → REGISTRATION_OPEN → REGISTRATION_CLOSED (→ REGISTRATION_OPEN) → RUNNING → FINISHED. "
                    + "With If-Match (the ETag of a GET), a conference changed since is a 412. "
                    + "Publishes ConferenceUpdated.")
    @ProblemResponse(status = 403, description = "The caller is not the conference's Secretariat.")
    @ProblemResponse(status = 409, description = "The conference was changed by another request at the same time.")
    ResponseEntity<ConferenceResponse> update(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody UpdateConferenceRequest request) {
        Conference conference = conferences.revise(
                QuorumPrincipal.from(jwt), new ConferenceId(id), expectedVersion(ifMatch), request.changes());
        return ResponseEntity.ok().eTag(etag(conference)).body(ConferenceResponse.of(conference));
    }

    private static String etag(Conference conference) {
        return "\"" + conference.version() + "\"";
    }

    private static Optional<Long> expectedVersion(String ifMatch) {
        // "*" matches any current version (RFC 9110 13.1.1): the conference exists, so it applies.
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

    static ZoneId timeZone(String id) {
        // ZoneId.of also takes offsets ("+03:00") and "UTC+3"; a venue's clock needs its region's
        // rules (daylight saving), so only IANA region names pass.
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            throw new InvalidInputException("timeZone", "is not a known IANA time zone such as Europe/Istanbul");
        }
        return ZoneId.of(id);
    }
}
