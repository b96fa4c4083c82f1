package dev.quorum.registration.account.web;

import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.registration.account.application.StaffAccounts;
import dev.quorum.registration.account.domain.Account;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Chairs (USGs, boards): staff accounts of one conference, scoped to committees. */
@RestController
@Tag(name = "Staff")
class ChairController {
    private final StaffAccounts staff;

    ChairController(StaffAccounts staff) {
        this.staff = staff;
    }

    /** A chair's sign-in and the committees they run. */
    record AppointChairRequest(
            @AccountUsername String username,

            @AccountPassword String password,

            @NotEmpty @Size(max = 40) List<@NotBlank @Size(max = 64) String> committees) {}

    /** A chair account as the API shows it (never the password). */
    record ChairResponse(String id, String username, String conferenceId, List<String> committees) {}

    @PostMapping("/api/conferences/{conferenceId}/chairs")
    @Operation(
            summary = "Appoint a chair",
            description = "The conference's Secretariat. Creates an account with role CHAIR whose tokens carry the "
                    + "conference and the committees; committee-service lets a chair run only those committees.")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponse(status = 403, description = "The caller is an advisor of the conference, not its Secretariat.")
    @ProblemResponse(status = 503, description = "Too many passwords are waiting to be hashed; nothing was created.")
    ChairResponse appoint(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String conferenceId,
            @Valid @RequestBody AppointChairRequest request,
            HttpServletResponse response) {
        Account chair = staff.appointChair(
                QuorumPrincipal.from(jwt), conferenceId, request.username(), request.password(), request.committees());
        response.setHeader(HttpHeaders.LOCATION, "/api/conferences/" + conferenceId + "/chairs/" + chair.id());
        return new ChairResponse(chair.id(), chair.username(), conferenceId, chair.committees());
    }
}
