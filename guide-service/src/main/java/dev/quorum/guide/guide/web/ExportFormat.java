package dev.quorum.guide.guide.web;

import dev.quorum.guide.guide.domain.GuideContent;
import dev.quorum.guide.guide.domain.GuideHtml;
import dev.quorum.guide.guide.domain.GuideMarkdown;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How a guide is exported: the Markdown the importer reads back, or sanitised HTML. */
enum ExportFormat {
    MARKDOWN,
    HTML;

    ResponseEntity<String> export(GuideContent content) {
        String markdown = GuideMarkdown.write(content);
        return this == MARKDOWN
                ? ResponseEntity.ok()
                        .contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                        .body(markdown)
                : ResponseEntity.ok()
                        .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                        .body(GuideHtml.render(markdown));
    }
}
