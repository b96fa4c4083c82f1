package dev.quorum.guide.guide.web;

import dev.quorum.guide.Callers;
import dev.quorum.guide.ProblemDescriptions;
import dev.quorum.guide.guide.application.GuideEditing;
import dev.quorum.guide.guide.application.GuideQueries;
import dev.quorum.guide.guide.domain.Edition;
import dev.quorum.guide.guide.domain.Guide;
import dev.quorum.guide.guide.web.GuideResponses.DraftResponse;
import dev.quorum.guide.guide.web.GuideResponses.EditionResponse;
import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.problem.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A guide's draft, for its editors: read, export, edit section by section, publish. */
@RestController
@RequestMapping("/api/guides/{guideId}")
@Tag(name = "Study guides")
class DraftController {
    /** Bounds one section's own text (the sample guide's longest section has ~9 kB). */
    static final int MAX_SECTION_CHARS = 200_000;

    /**
     * An ATX heading line: in the exported Markdown it would start a section of its own, so the
     * export would no longer import back as the same guide.
     */
    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}(?:[ \t]|$)");

    private final GuideQueries queries;
    private final GuideEditing editing;

    DraftController(GuideQueries queries, GuideEditing editing) {
        this.queries = queries;
        this.editing = editing;
    }

    @ProblemResponse(status = 401, description = ProblemDescriptions.BAD_TOKEN)
    @GetMapping("/draft")
    @Operation(
            summary = "A guide's draft",
            description = "Editors only (the conference's Secretariat, the committee's chairs); the ETag is "
                    + "the version to send as If-Match when editing or publishing.")
    ResponseEntity<DraftResponse> draft(
            @AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = 64) String guideId) {
        Guide guide = queries.draft(Callers.of(jwt), guideId);
        return ResponseEntity.ok().eTag(Versions.etag(guide.version())).body(DraftResponse.of(guide));
    }

    @ProblemResponse(status = 401, description = ProblemDescriptions.BAD_TOKEN)
    @GetMapping(
            path = "/draft/export",
            produces = {GuideController.MARKDOWN, MediaType.TEXT_HTML_VALUE})
    @Operation(
            summary = "The draft as one Markdown or sanitised HTML document",
            description = "Editors only. HTML escapes raw HTML and neutralises unsafe link targets.")
    ResponseEntity<String> exportDraft(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String guideId,
            @RequestParam(defaultValue = "MARKDOWN") ExportFormat format) {
        Guide guide = queries.draft(Callers.of(jwt), guideId);
        return format.export(guide.content());
    }

    @PutMapping(
            path = "/draft/sections/{sectionId}",
            consumes = {GuideController.MARKDOWN, MediaType.TEXT_PLAIN_VALUE})
    @Operation(
            summary = "Replace one section's own text in the draft",
            description = "The body is the section's Markdown (without its heading and subsections). "
                    + "If-Match must carry the draft's ETag; answers the draft with its new ETag.")
    @ProblemResponse(status = 403, description = "The caller may read the guide but not edit it.")
    @ProblemResponse(status = 412, description = "The draft changed since the caller read it.")
    @ProblemResponse(status = 415, description = "The body is neither text/markdown nor text/plain.")
    @ProblemResponse(status = 428, description = "If-Match is missing.")
    ResponseEntity<DraftResponse> editSection(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String guideId,
            @PathVariable @Size(max = 200) String sectionId,
            @Parameter(description = "The draft's ETag") @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            @RequestBody(required = false) String markdown) {
        String text = markdown == null ? "" : markdown;
        if (text.length() > MAX_SECTION_CHARS) {
            throw new InvalidInputException("body", "must have at most " + MAX_SECTION_CHARS + " characters");
        }
        if (text.indexOf('\0') >= 0) {
            throw new InvalidInputException("body", "must be text, not binary data (it holds NUL characters)");
        }
        if (HEADING.matcher(text).find()) {
            throw new InvalidInputException(
                    "body",
                    "must not contain headings: a heading starts a new section, and sections are edited one by one");
        }
        Guide guide = editing.editSection(Callers.of(jwt), guideId, sectionId, Versions.ifMatch(ifMatch), text);
        return ResponseEntity.ok().eTag(Versions.etag(guide.version())).body(DraftResponse.of(guide));
    }

    @PostMapping("/publish")
    @Operation(
            summary = "Publish the draft as the guide's next edition",
            description = "If-Match names the draft version to publish. The edition is immutable; later edits "
                    + "change the draft only, and the next publish makes the next edition. Publishes GuidePublished.")
    @ProblemResponse(status = 403, description = "The caller may read the guide but not publish it.")
    @ProblemResponse(status = 409, description = "Someone else published this guide at the same moment.")
    @ProblemResponse(status = 412, description = "The draft changed since the caller read it.")
    @ProblemResponse(status = 428, description = "If-Match is missing.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<EditionResponse> publish(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String guideId,
            @Parameter(description = "The draft's ETag") @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        Edition edition = editing.publish(Callers.of(jwt), guideId, Versions.ifMatch(ifMatch));
        return ResponseEntity.created(URI.create("/api/guides/" + guideId + "/editions/" + edition.number()))
                .body(EditionResponse.of(edition));
    }
}
