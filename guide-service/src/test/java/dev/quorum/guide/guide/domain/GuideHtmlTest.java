package dev.quorum.guide.guide.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuideHtmlTest {
    @Test
    void rawHtmlIsEscapedAndUnsafeLinksAreNeutralised() {
        String html = GuideHtml.render("# Intro\n\n<script>alert('x')</script>\n\n"
                + "A [trap](javascript:alert(1)) and a [source](https://example.org/a?b=1&c=2).\n\n"
                + "<img src=x onerror=alert(1)>");

        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("javascript:");
        assertThat(html).contains("&lt;script&gt;");
        assertThat(html)
                .contains("href=\"https://example.org/a?b=1&amp;c=2\">source</a>")
                .contains("href=\"\">trap</a>");
        assertThat(html).contains("<h1>Intro</h1>");
    }
}
