package dev.quorum.registration.delegate.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.quorum.platform.idempotency.RedactOnReplay;
import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.validation.PlainText;
import dev.quorum.registration.delegate.application.DelegateService;
import dev.quorum.registration.delegate.domain.Delegate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A school's delegates, managed by its advisor. */
@RestController
@Tag(name = "Delegates")
class DelegateController {
    /** Access codes are never kept in the idempotency store: what a retry answers instead. */
    static final String REPLAY_WITHOUT_CODE = "A retry with the same Idempotency-Key answers the same delegate without "
            + "accessCode (header Idempotent-Replayed-Without: accessCode): issue a new code if the first was lost.";

    private final DelegateService delegates;

    DelegateController(DelegateService delegates) {
        this.delegates = delegates;
    }

    /** Only what running the conference needs: delegates are often minors. */
    record AddDelegateRequest(
            @Schema(example = "Elif K.") @NotBlank @PlainText @Size(max = Delegate.MAX_NAME_LENGTH)
            String name,

            @Schema(example = "11") @NotBlank @PlainText @Size(max = 20)
            String grade,

            @Schema(description = "Optional note on MUN experience", example = "2 conferences")
            @PlainText
            @Size(max = 200)
            String experience) {}

    /** A delegate; {@code accessCode} appears only in the answer that creates or reissues it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DelegateResponse(
            String id,
            String schoolId,
            String conferenceId,
            String name,
            String grade,
            String experience,
            boolean accessCodeRedeemed,
            Instant createdAt,

            @Schema(description = "One-time code the delegate exchanges for a token at POST /api/auth/token")
            String accessCode) {

        static DelegateResponse of(Delegate d, String accessCode) {
            return new DelegateResponse(
                    d.id(),
                    d.schoolId(),
                    d.conferenceId(),
                    d.name(),
                    d.grade(),
                    d.experience(),
                    d.accessCodeRedeemed(),
                    d.createdAt(),
                    accessCode);
        }
    }

    @PostMapping("/api/schools/{schoolId}/delegates")
    @Operation(
            summary = "Add a delegate to a school",
            description = "The school's advisor (or the Secretariat). The answer carries the delegate's one-time "
                    + "accessCode, shown only here. 409 when the school already has its requested delegation. "
                    + REPLAY_WITHOUT_CODE)
    @RedactOnReplay("accessCode")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponse(status = 409, description = "The school already has its requested delegation.")
    DelegateResponse add(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String schoolId,
            @Valid @RequestBody AddDelegateRequest request,
            HttpServletResponse response) {
        DelegateService.NewDelegate added = delegates.add(
                QuorumPrincipal.from(jwt), schoolId, request.name(), request.grade(), request.experience());
        response.setHeader(
                HttpHeaders.LOCATION, "/api/delegates/" + added.delegate().id());
        return DelegateResponse.of(added.delegate(), added.accessCode());
    }

    @GetMapping("/api/schools/{schoolId}/delegates")
    @Operation(summary = "List a school's delegates", description = "Its advisor and the Secretariat; 404 for others.")
    List<DelegateResponse> list(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = 64) String schoolId) {
        return delegates.list(QuorumPrincipal.from(jwt), schoolId).stream()
                .map(d -> DelegateResponse.of(d, null))
                .toList();
    }

    @PostMapping("/api/delegates/{id}/access-code")
    @Operation(
            summary = "Issue a new access code",
            description = "The delegate's advisor (or the Secretariat); the previous code stops working, and tokens "
                    + "from it can no longer be refreshed (they still work until they expire, at most the token "
                    + "lifetime). " + REPLAY_WITHOUT_CODE)
    @RedactOnReplay("accessCode")
    DelegateResponse reissue(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = 64) String id) {
        DelegateService.NewDelegate reissued = delegates.reissueCode(QuorumPrincipal.from(jwt), id);
        return DelegateResponse.of(reissued.delegate(), reissued.accessCode());
    }
}
