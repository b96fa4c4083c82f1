package dev.quorum.guide.guide.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuideMarkdownTest {

    @Test
    void theBibliographyIsWrittenAsAListNumberedFromOne() {
        GuideContent guide = new GuideContent(
                "ACIMUN'25",
                "SCO",
                "2022 Kazakhstan Protests",
                List.of(),
                List.of(),
                List.of(),
                List.of(new Section("intro", "Introduction", 1, "Text.")),
                List.of(),
                List.of(
                        new Reference("Doe, J. (2022). Protests.", null, null, null, null),
                        new Reference("Roe, R. (2023). Aftermath.", null, null, null, null),
                        new Reference("Poe, P. (2024). Reforms.", null, null, null, null)));

        assertThat(GuideMarkdown.write(guide))
                .contains("1. Doe, J. (2022). Protests.\n2. Roe, R. (2023). Aftermath.\n3. Poe, P. (2024). Reforms.\n");
    }
}
