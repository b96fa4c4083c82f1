package dev.quorum.registration.account.web;

import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.registration.account.application.StaffAccounts;
import dev.quorum.registration.account.domain.Account;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Chairs (USGs, boards): staff accounts of one conference, scoped to committees. */
@RestController
@Tag(name = "Staff")
@SecurityRequirement(name = "bearer")
class ChairController {
    private final StaffAccounts staff;

    ChairController(StaffAccounts staff) {
        this.staff = staff;
    }

    /** A chair's sign-in and the committees they run. */
    record AppointChairRequest(
            @NotBlank @Size(min = 3, max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+")
            String username,

            @NotBlank @Size(min = 10, max = 200) String password,
            @NotEmpty @Size(max = 40) List<@NotBlank @Size(max = 64) String> committees) {}

    /** A chair account as the API shows it (never the password). */
    record ChairResponse(String id, String username, String conferenceId, List<String> committees) {}

    @PostMapping("/api/conferences/{conferenceId}/chairs")
    @Operation(
            summary = "Appoint a chair",
            description = "The conference's Secretariat. Creates an account with role CHAIR whose tokens carry the "
                    + "conference and the committees; committee-service lets a chair run only those committees.")
    ResponseEntity<ChairResponse> appoint(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String conferenceId,
            @Valid @RequestBody AppointChairRequest request) {
        Account chair = staff.appointChair(
                QuorumPrincipal.from(jwt), conferenceId, request.username(), request.password(), request.committees());
        return ResponseEntity.created(URI.create("/api/conferences/" + conferenceId + "/chairs/" + chair.id()))
                .body(new ChairResponse(chair.id(), chair.username(), conferenceId, chair.committees()));
    }
}
