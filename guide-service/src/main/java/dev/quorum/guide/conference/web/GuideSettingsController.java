package dev.quorum.guide.conference.web;

import dev.quorum.guide.Callers;
import dev.quorum.guide.ProblemDescriptions;
import dev.quorum.guide.conference.application.GuideSettings;
import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.security.QuorumPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A conference's guide settings. Under {@code /api/guides/} rather than {@code /api/conferences/}
 * because the gateway routes the latter to registration-service.
 */
@RestController
@RequestMapping("/api/guides/settings/{conferenceId}")
@Tag(name = "Study guides")
class GuideSettingsController {
    private final GuideSettings settings;

    GuideSettingsController(GuideSettings settings) {
        this.settings = settings;
    }

    /** Whether the conference's published study guides are open to everyone, without a token. */
    record GuideSettingsBody(@NotNull Boolean publicGuides) {}

    @ProblemResponse(status = 401, description = ProblemDescriptions.BAD_TOKEN)
    @GetMapping
    @Operation(summary = "A conference's guide settings")
    GuideSettingsBody get(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = 64) String conferenceId) {
        return new GuideSettingsBody(settings.guidesArePublic(Callers.of(jwt), conferenceId));
    }

    @PutMapping
    @Operation(
            summary = "Open or close a conference's published guides to the public",
            description = "Only the conference's Secretariat. Drafts are never public.")
    @ProblemResponse(status = 403, description = "The caller is not the conference's Secretariat.")
    GuideSettingsBody put(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String conferenceId,
            @RequestBody @Valid GuideSettingsBody body) {
        settings.setGuidesPublic(QuorumPrincipal.from(jwt), conferenceId, body.publicGuides());
        return body;
    }
}
