package dev.quorum.guide.guide.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A guide keeps the order in which its author wrote the parts (ADR 24). */
class PartOrderTest {

    private static final String GLOSSARY_LAST = """
            # Introduction

            The committee meets to discuss the protests of January 2022.

            # Works Cited

            1. Doe, J. (2022). Protests in Almaty. https://example.org/almaty

            # History of the Region

            Kazakhstan became independent in 1991.

            # Points a Resolution Should Cover

            1. How can the committee prevent escalation?

            # Glossary

            **Mutiny**: An open rebellion against authority.
            """;

    @Test
    void partsAreWrittenBackInTheAuthorsOrderUnderTheAuthorsHeadings() {
        ImportResult result = new GuideImporter().importText(GLOSSARY_LAST, SourceFormat.MARKDOWN);

        assertThat(result.guide().parts())
                .containsExactly(
                        new PartRun(Part.SECTION, null, 1),
                        new PartRun(Part.BIBLIOGRAPHY, "Works Cited", 1),
                        new PartRun(Part.SECTION, null, 1),
                        new PartRun(Part.QUESTIONS, "Points a Resolution Should Cover", 1),
                        new PartRun(Part.KEY_TERMS, "Glossary", 1));
        assertThat(headings(GuideMarkdown.write(result.guide())))
                .containsExactly(
                        "# Introduction",
                        "# Works Cited",
                        "# History of the Region",
                        "# Points a Resolution Should Cover",
                        "# Glossary");
        assertThat(WordSequence.ofGuide(result.guide()))
                .containsExactlyElementsOf(WordSequence.ofSource(GLOSSARY_LAST));
    }

    @Test
    void contentStoredWithoutAnOrderIsWrittenInTheFixedOrder() {
        GuideContent stored = Guides.content(Guides.section("intro", "Introduction", 1, "Text."));

        assertThat(headings(GuideMarkdown.write(stored)))
                .containsExactly(
                        "# Letter from the Under-Secretary-General",
                        "# Key Terms",
                        "# Introduction",
                        "# Questions to be Addressed",
                        "# Bibliography");
    }

    private static List<String> headings(String markdown) {
        return markdown.lines().filter(line -> line.startsWith("#")).toList();
    }
}
