package dev.quorum.guide.guide.web;

import dev.quorum.guide.Callers;
import dev.quorum.guide.ProblemDescriptions;
import dev.quorum.guide.guide.application.EditionRepository;
import dev.quorum.guide.guide.application.GuideQueries;
import dev.quorum.guide.guide.domain.Edition;
import dev.quorum.guide.guide.domain.KeyTerm;
import dev.quorum.guide.guide.domain.Question;
import dev.quorum.guide.guide.domain.Reference;
import dev.quorum.guide.guide.domain.SectionDiff;
import dev.quorum.guide.guide.web.GuideResponses.EditionResponse;
import dev.quorum.platform.openapi.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A guide's published editions, for every reader of the conference (without a token when the
 * conference made its guides public). {@code edition} defaults to the newest.
 */
@RestController
@RequestMapping("/api/guides/{guideId}")
@Tag(name = "Study guides")
class EditionController {
    private static final int MAX_EDITION = 100_000;
    private static final String EDITION = "Edition number; the newest when absent";

    private final GuideQueries queries;

    EditionController(GuideQueries queries) {
        this.queries = queries;
    }

    @ProblemResponse(status = 401, description = ProblemDescriptions.BAD_TOKEN)
    @GetMapping
    @Operation(summary = "A guide's newest published edition")
    EditionResponse newest(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = 64) String guideId) {
        return EditionResponse.of(find(jwt, guideId, null));
    }

    @ProblemResponse(status = 401, description = ProblemDescriptions.BAD_TOKEN)
    @GetMapping("/editions")
    @Operation(summary = "A guide's published editions, oldest first")
    List<EditionRepository.EditionSummary> editions(
            @AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = 64) String guideId) {
        return queries.editions(Callers.of(jwt), guideId);
    }

    @ProblemResponse(status = 401, description = ProblemDescriptions.BAD_TOKEN)
    @GetMapping("/editions/{edition}")
    @Operation(summary = "One published edition; it never changes")
    EditionResponse edition(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String guideId,
            @PathVariable @Min(1) @Max(MAX_EDITION) int edition) {
        return EditionResponse.of(find(jwt, guideId, edition));
    }

    @ProblemResponse(status = 401, description = ProblemDescriptions.BAD_TOKEN)
    @GetMapping("/glossary")
    @Operation(summary = "The key terms of an edition, in the guide's order")
    List<KeyTerm> glossary(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String guideId,
            @Parameter(description = EDITION) @RequestParam(required = false) @Min(1) @Max(MAX_EDITION)
                    Integer edition) {
        return find(jwt, guideId, edition).content().keyTerms();
    }

    @ProblemResponse(status = 401, description = ProblemDescriptions.BAD_TOKEN)
    @GetMapping("/questions")
    @Operation(summary = "The questions a resolution should address, numbered")
    List<Question> questions(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String guideId,
            @Parameter(description = EDITION) @RequestParam(required = false) @Min(1) @Max(MAX_EDITION)
                    Integer edition) {
        return find(jwt, guideId, edition).content().questions();
    }

    @ProblemResponse(status = 401, description = ProblemDescriptions.BAD_TOKEN)
    @GetMapping("/bibliography")
    @Operation(summary = "The bibliography of an edition, one entry per cited work")
    List<Reference> bibliography(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String guideId,
            @Parameter(description = EDITION) @RequestParam(required = false) @Min(1) @Max(MAX_EDITION)
                    Integer edition) {
        return find(jwt, guideId, edition).content().bibliography();
    }

    @ProblemResponse(status = 401, description = ProblemDescriptions.BAD_TOKEN)
    @GetMapping(
            path = "/export",
            produces = {GuideController.MARKDOWN, MediaType.TEXT_HTML_VALUE})
    @Operation(
            summary = "An edition as one Markdown or sanitised HTML document",
            description = "HTML escapes raw HTML and neutralises unsafe link targets (javascript: and the like).")
    ResponseEntity<String> export(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String guideId,
            @RequestParam(defaultValue = "MARKDOWN") ExportFormat format,
            @Parameter(description = EDITION) @RequestParam(required = false) @Min(1) @Max(MAX_EDITION)
                    Integer edition) {
        return format.export(find(jwt, guideId, edition).content());
    }

    @ProblemResponse(status = 401, description = ProblemDescriptions.BAD_TOKEN)
    @GetMapping("/diff")
    @Operation(
            summary = "Section-by-section differences between two editions",
            description = "Sections are matched by id; each changed one carries a unified diff of its text.")
    List<SectionDiff> diff(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String guideId,
            @RequestParam @Min(1) @Max(MAX_EDITION) int from,
            @RequestParam @Min(1) @Max(MAX_EDITION) int to) {
        return queries.diff(Callers.of(jwt), guideId, from, to);
    }

    private Edition find(Jwt jwt, String guideId, Integer number) {
        return queries.edition(Callers.of(jwt), guideId, Optional.ofNullable(number));
    }
}
