package dev.quorum.registration.preference.web;

import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.registration.preference.application.PreferenceService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A school's ranked committee and seat preferences, which allocation reads. */
@RestController
@RequestMapping("/api/schools/{id}/preferences")
@Tag(name = "Schools")
class PreferenceController {
    private final PreferenceService preferences;

    PreferenceController(PreferenceService preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    @Operation(
            summary = "Read a school's preferences",
            description = "Its advisor and its conference's Secretariat; 404 for others. Most wanted first; "
                    + "empty (version 0) until the school ranks anything.")
    PreferencesResponse get(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = 64) String id) {
        return PreferencesResponse.of(preferences.get(QuorumPrincipal.from(jwt), id));
    }

    @PutMapping
    @Operation(
            summary = "Rank a school's preferences",
            description = "Its advisor or its conference's Secretariat; 404 for others. Replaces the whole ranking, "
                    + "most wanted first: each choice a committee of the conference (GET "
                    + "/api/conferences/{id}/committees) and optionally one of its seats (without seatId, any "
                    + "seat of it). 400 naming choices when there are more than the conference's maxPreferences, "
                    + "naming choices[i] for a repeated choice and choices[i].committeeId or choices[i].seatId "
                    + "for one the conference does not have; 409 once the school has withdrawn.")
    @ProblemResponse(status = 409, description = "The school has withdrawn.")
    PreferencesResponse replace(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String id,
            @Valid @RequestBody PreferencesRequest request) {
        return PreferencesResponse.of(preferences.replace(QuorumPrincipal.from(jwt), id, request.toChoices()));
    }
}
