package dev.quorum.registration.school.web;

import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.web.PageResponse;
import dev.quorum.registration.conference.domain.ConferenceId;
import dev.quorum.registration.school.application.SchoolRegistration;
import dev.quorum.registration.school.application.SchoolRepository;
import dev.quorum.registration.school.domain.SchoolStatus;
import dev.quorum.registration.token.application.TokenClaims;
import dev.quorum.registration.token.application.TokenIssuer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Schools: public applications, then the Secretariat's decisions and the advisor's withdrawal. */
@RestController
@RequestMapping("/api/schools")
@Tag(name = "Schools")
class SchoolController {
    private final SchoolRegistration registration;
    private final TokenIssuer tokens;

    SchoolController(SchoolRegistration registration, TokenIssuer tokens) {
        this.registration = registration;
        this.tokens = tokens;
    }

    @PostMapping
    @Operation(
            summary = "Apply to a conference (no token)",
            description = "Creates the advisor's account and the school. The service chooses the advisor's "
                    + "username (from the advisor's name, with a random suffix) and answers it once, with a "
                    + "first access token as POST /api/auth/token gives it; the request carries only the "
                    + "password (a username in it is a 400). Accepted at once when the conference has room for "
                    + "the delegation, else waitlisted in arrival order. 400 when registration is not open or "
                    + "the delegation is larger than the conference's maxDelegatesPerApplication; 409 when the "
                    + "same school (by name) already applied. Publishes SchoolApplied and SchoolAccepted or "
                    + "SchoolWaitlisted.")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponse(status = 409, description = "The same school (by name) already applied to this conference.")
    @ProblemResponse(status = 503, description = "Too many passwords are waiting to be hashed; nothing was created.")
    ApplicationResponse apply(@Valid @RequestBody ApplyRequest request, HttpServletResponse response) {
        SchoolRegistration.Applied applied = registration.apply(request.toApplication());
        TokenIssuer.IssuedToken token = tokens.issue(TokenClaims.of(applied.advisor()));
        response.setHeader(
                HttpHeaders.LOCATION, "/api/schools/" + applied.school().id());
        // The answer carries a token: no cache may keep it.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return new ApplicationResponse(
                SchoolResponse.of(applied.school()),
                new ApplicationResponse.FirstSignIn(
                        applied.advisor().username(), token.value(), "Bearer", token.expiresInSeconds()));
    }

    @GetMapping
    @Operation(
            summary = "List a conference's schools",
            description = "The conference's Secretariat only; arrival order.")
    @ProblemResponse(status = 404, description = "No such conference, or the caller is not its Secretariat.")
    PageResponse<SchoolResponse> list(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam
                    @NotBlank
                    @Pattern(regexp = ConferenceId.PATTERN, message = "must be a conference id (a UUID)")
                    String conferenceId,
            @RequestParam(required = false) SchoolStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        SchoolRepository.Page result =
                registration.list(QuorumPrincipal.from(jwt), conferenceId, Optional.ofNullable(status), page, size);
        return new PageResponse<>(
                result.items().stream().map(SchoolResponse::of).toList(), page, size, result.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a school", description = "Its advisor and its conference's Secretariat; 404 for others.")
    SchoolResponse get(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = 64) String id) {
        return SchoolResponse.of(registration.get(QuorumPrincipal.from(jwt), id));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept a school", description = "Secretariat; 409 when the conference has no room.")
    @ProblemResponse(status = 403, description = "The caller is the school's advisor, not the Secretariat.")
    @ProblemResponse(status = 409, description = "The conference has no room, or the school is accepted already.")
    SchoolResponse accept(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = 64) String id) {
        return SchoolResponse.of(registration.accept(QuorumPrincipal.from(jwt), id));
    }

    @PostMapping("/{id}/waitlist")
    @Operation(
            summary = "Move a school to the waitlist",
            description = "Secretariat; its room goes to the next in line.")
    @ProblemResponse(status = 403, description = "The caller is the school's advisor, not the Secretariat.")
    @ProblemResponse(status = 409, description = "The school is on the waitlist already, or has withdrawn.")
    SchoolResponse waitlist(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = 64) String id) {
        return SchoolResponse.of(registration.waitlist(QuorumPrincipal.from(jwt), id));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(
            summary = "Withdraw a school",
            description = "Its advisor or the Secretariat; its room goes to the waitlist in arrival order.")
    @ProblemResponse(status = 409, description = "The school has withdrawn already.")
    SchoolResponse withdraw(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = 64) String id) {
        return SchoolResponse.of(registration.withdraw(QuorumPrincipal.from(jwt), id));
    }
}
