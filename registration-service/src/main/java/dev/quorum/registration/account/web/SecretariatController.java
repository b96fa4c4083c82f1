package dev.quorum.registration.account.web;

import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.registration.account.application.SecretariatAppointments;
import dev.quorum.registration.account.domain.Account;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A conference's own Secretariat: staff who administer that conference and no other. */
@RestController
@Tag(name = "Staff")
class SecretariatController {
    private final SecretariatAppointments appointments;

    SecretariatController(SecretariatAppointments appointments) {
        this.appointments = appointments;
    }

    /** A Secretariat member's sign-in. */
    record AppointSecretariatRequest(
            @AccountUsername String username,

            @AccountPassword String password) {}

    /** A Secretariat member as the API shows it (never the password). */
    record SecretariatMemberResponse(String id, String username, String conferenceId) {}

    @PostMapping("/api/conferences/{conferenceId}/secretariat")
    @Operation(
            summary = "Appoint a member of the conference's Secretariat",
            description = "The Secretariat of the deployment only. Creates an account with role SECRETARIAT whose "
                    + "tokens carry this conference alone: it administers the conference (schools, fees, "
                    + "allocation, chairs) and cannot create conferences or see other ones.")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponse(
            status = 403,
            description = "The caller belongs to the conference but is not the Secretariat of the deployment.")
    @ProblemResponse(status = 409, description = "The username is already taken; nothing was created.")
    @ProblemResponse(status = 503, description = "Too many passwords are waiting to be hashed; nothing was created.")
    SecretariatMemberResponse appoint(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String conferenceId,
            @Valid @RequestBody AppointSecretariatRequest request,
            HttpServletResponse response) {
        Account member =
                appointments.appoint(QuorumPrincipal.from(jwt), conferenceId, request.username(), request.password());
        response.setHeader(HttpHeaders.LOCATION, "/api/conferences/" + conferenceId + "/secretariat/" + member.id());
        return new SecretariatMemberResponse(member.id(), member.username(), conferenceId);
    }
}
