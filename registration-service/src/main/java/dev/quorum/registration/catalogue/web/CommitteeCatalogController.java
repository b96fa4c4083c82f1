package dev.quorum.registration.catalogue.web;

import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.web.PageResponse;
import dev.quorum.registration.catalogue.application.CommitteeCatalog;
import dev.quorum.registration.catalogue.application.CommitteeCatalogQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The committees and seats a conference offers, as committee-service defines them. */
@RestController
@Tag(name = "Conferences")
class CommitteeCatalogController {
    private final CommitteeCatalogQueries queries;

    CommitteeCatalogController(CommitteeCatalogQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/conferences/{id}/committees")
    @Operation(
            summary = "List a conference's committees and their seats",
            description = "For the conference's Secretariat and its schools' advisors, to rank preferences; by "
                    + "name. 404 for anyone else. Learnt from committee.events, so a committee just created may "
                    + "take a moment to appear.")
    PageResponse<CommitteeResponse> list(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String id,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        CommitteeCatalog.Page result = queries.list(QuorumPrincipal.from(jwt), id, page, size);
        return new PageResponse<>(
                result.items().stream().map(CommitteeResponse::of).toList(), page, size, result.total());
    }
}
