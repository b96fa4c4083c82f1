package dev.quorum.guide.guide.domain;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a guide's Markdown as HTML that is safe to insert in a page: raw HTML in the Markdown is
 * escaped, not passed through, and link and image URLs other than http(s), mailto and data-less
 * relative ones are neutralised (commonmark-java's {@code sanitizeUrls}), so an author's
 * {@code <script>} or {@code javascript:} link never runs in a reader's browser.
 */
public final class GuideHtml {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private GuideHtml() {}

    public static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
