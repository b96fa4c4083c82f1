package dev.quorum.guide.search.web;

import dev.quorum.guide.Callers;
import dev.quorum.guide.ProblemDescriptions;
import dev.quorum.guide.search.application.GuideSearch;
import dev.quorum.guide.search.application.SearchHit;
import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.validation.PlainText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search across a conference's published guides. */
@RestController
@RequestMapping("/api/guides/search")
@Tag(name = "Study guides")
class SearchController {
    private final GuideSearch search;

    SearchController(GuideSearch search) {
        this.search = search;
    }

    /** The matching guides, best first. */
    record SearchResponse(String query, List<SearchHit> hits) {}

    @ProblemResponse(status = 401, description = ProblemDescriptions.BAD_TOKEN)
    @GetMapping
    @Operation(
            summary = "Search a conference's published guides",
            description = "Ranked; case, diacritics and Turkish dotted/dotless i are folded (\"yigit\" finds "
                    + "\"Yiğit\", \"қазақ\" finds \"Қазақ\"). Each hit has the newest edition's number and "
                    + "snippets with the matches in <mark> (the rest HTML-escaped). Drafts are never searched.")
    @ProblemResponse(
            status = 404,
            description = "The conference is unknown here, or its guides are not the caller's to read.")
    SearchResponse search(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam @NotBlank @PlainText @Size(max = 200) String q,
            @RequestParam @NotBlank @Size(max = 64) String conferenceId,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return new SearchResponse(q, search.search(Callers.of(jwt), conferenceId, q, limit));
    }
}
