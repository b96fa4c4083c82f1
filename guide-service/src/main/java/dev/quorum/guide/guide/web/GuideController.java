package dev.quorum.guide.guide.web;

import dev.quorum.guide.Callers;
import dev.quorum.guide.ProblemDescriptions;
import dev.quorum.guide.guide.application.GuideImports;
import dev.quorum.guide.guide.application.GuideQueries;
import dev.quorum.guide.guide.application.GuideRepository;
import dev.quorum.guide.guide.domain.SourceFormat;
import dev.quorum.guide.guide.web.GuideResponses.DraftResponse;
import dev.quorum.guide.guide.web.GuideResponses.ImportResponse;
import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A conference's study guides: listing them and importing new ones. */
@RestController
@RequestMapping("/api/guides")
@Tag(name = "Study guides")
class GuideController {
    static final String MARKDOWN = "text/markdown";

    private final GuideQueries queries;
    private final GuideImports imports;
    private final long maxImportBytes;

    GuideController(
            GuideQueries queries,
            GuideImports imports,
            @Value("${quorum.guides.max-import-size:1MB}") DataSize maxImportSize) {
        this.queries = queries;
        this.imports = imports;
        this.maxImportBytes = maxImportSize.toBytes();
    }

    @ProblemResponse(status = 401, description = ProblemDescriptions.BAD_TOKEN)
    @GetMapping
    @Operation(
            summary = "List a conference's study guides",
            description = "Editors (the Secretariat, the committee's chairs) also see drafts never published; "
                    + "other members see published guides; without a token, only a conference that made its "
                    + "guides public answers.")
    @ProblemResponse(
            status = 404,
            description = "The conference is unknown here yet, or the caller may not read its guides.")
    PageResponse<GuideRepository.Summary> list(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam @NotBlank @Size(max = 64) String conferenceId,
            @RequestParam(required = false) @Size(min = 1, max = 64) String committeeId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        GuideRepository.Page result =
                queries.list(Callers.of(jwt), conferenceId, Optional.ofNullable(committeeId), page, size);
        return new PageResponse<>(result.items(), page, size, result.total());
    }

    @PostMapping(
            path = "/import",
            consumes = {MediaType.TEXT_PLAIN_VALUE, MARKDOWN})
    @Operation(
            summary = "Import a study guide as a new draft",
            description = "The body is the guide's text: text/plain as pasted from a word processor, or "
                    + "text/markdown. The answer holds the structured draft (its version is the ETag for "
                    + "edits) and the import report. Publishes GuideImported.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")),
                                @Content(mediaType = MARKDOWN, schema = @Schema(type = "string"))
                            }))
    @ProblemResponse(status = 403, description = "The caller is neither the committee's chair nor the Secretariat.")
    @ProblemResponse(status = 404, description = "The conference is unknown here, or not the caller's.")
    @ProblemResponse(
            status = 413,
            description = "The text is larger than the service accepts (1 MB by default, as the gateway).")
    @ProblemResponse(status = 415, description = "The body is neither text/plain nor text/markdown.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ImportResponse> importGuide(
            @AuthenticationPrincipal Jwt jwt,
            @Parameter(description = "The conference") @RequestParam @NotBlank @Size(max = 64) String conferenceId,
            @Parameter(description = "One of the conference's committees") @RequestParam @NotBlank @Size(max = 64)
                    String committeeId,
            HttpServletRequest request)
            throws IOException {
        byte[] body = bounded(request);
        SourceFormat format = MediaType.parseMediaType(request.getContentType()).isCompatibleWith(MediaType.TEXT_PLAIN)
                ? SourceFormat.PLAIN_TEXT
                : SourceFormat.MARKDOWN;
        GuideImports.Imported imported = imports.importGuide(Callers.of(jwt), conferenceId, committeeId, body, format);
        return ResponseEntity.created(
                        URI.create("/api/guides/" + imported.guide().id() + "/draft"))
                .eTag(Versions.etag(imported.guide().version()))
                .body(new ImportResponse(DraftResponse.of(imported.guide()), imported.report()));
    }

    /** Reads at most the limit and one byte more, so a huge body costs no more than that. */
    private byte[] bounded(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxImportBytes) {
            throw new PayloadTooLargeException(maxImportBytes);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxImportBytes + 1));
            if (body.length > maxImportBytes) {
                throw new PayloadTooLargeException(maxImportBytes);
            }
            return body;
        }
    }
}
