package dev.quorum.guide.guide.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The importer's assembly rules, and how content without an order of parts is completed and written. */
class ImporterRulesTest {
    private static final String PROSE = "The committee has discussed this question for many years already.";

    private final GuideImporter importer = new GuideImporter();

    @Test
    void aParagraphOfFortyCharactersOrMoreRepeatedWordForWordIsReported() {
        String forty = "x".repeat(39) + ".";
        String text = String.join("\n\n", "# A", forty, forty, forty.substring(1), forty.substring(1));

        assertThat(importer.importText(text, SourceFormat.MARKDOWN).report().warnings())
                .extracting(ImportWarning::kind, ImportWarning::excerpt)
                .containsExactly(tuple("REPEATED_PARAGRAPH", forty));
    }

    @Test
    void theTableOfContentsIsDroppedAndTheTextAroundItKept() {
        String text = String.join(
                "\n\n", "ACIMUN'25", "Contents", "1. Introduction", "Welcome, delegates.", "1. Introduction", PROSE);

        GuideContent guide = importer.importText(text, SourceFormat.PLAIN_TEXT).guide();

        assertThat(guide.titlePage()).isEqualTo("ACIMUN'25\n\nWelcome, delegates.");
        assertThat(guide.sections()).extracting(Section::title).containsExactly("Introduction");
        assertThat(guide.sections().get(0).markdown()).isEqualTo(PROSE);
    }

    @Test
    void aTextWithoutHeadingsIsAllTitlePage() {
        GuideContent guide = importer.importText("Welcome, delegates.\n\n" + PROSE, SourceFormat.PLAIN_TEXT)
                .guide();

        assertThat(guide.titlePage()).isEqualTo("Welcome, delegates.\n\n" + PROSE);
        assertThat(guide.sections()).isEmpty();
    }

    @Test
    void aSectionLevelNeverSkipsOne() {
        String text = "## First\n\nText.\n\n#### Deep\n\nText.\n\n## Next\n\nText.";

        assertThat(importer.importText(text, SourceFormat.MARKDOWN).guide().sections())
                .extracting(Section::level)
                .containsExactly(1, 2, 2);
    }

    @Test
    void sectionIdsAreUniqueSlugsOfAtMostSixtyCharacters() {
        String text = String.join(
                "\n\n", "# Background", "# Background", "# Background 2", "# ¿?", "# " + "x".repeat(59) + " yy");

        assertThat(importer.importText(text, SourceFormat.MARKDOWN).guide().sections())
                .extracting(Section::id)
                .containsExactly("background", "background-2", "background-2-2", "section", "x".repeat(59));
    }

    @Test
    void followingLettersOrSectionsShareARunButEachListHeadingOpensItsOwn() {
        String text = String.join(
                "\n\n",
                "# Letter from the Chair",
                "Hello.",
                "# Letter from the Deputy",
                "Hi.",
                "# Key Terms",
                "# Glossary",
                "**Veto**: a vote that blocks.",
                "# One",
                "# Two");

        assertThat(importer.importText(text, SourceFormat.MARKDOWN).guide().parts())
                .containsExactly(
                        new PartRun(Part.LETTER, null, 2),
                        new PartRun(Part.KEY_TERMS, "Key Terms", 0),
                        new PartRun(Part.KEY_TERMS, "Glossary", 1),
                        new PartRun(Part.SECTION, null, 2));
    }

    @Test
    void contentWithoutAnOrderGetsTheFixedOrderOfItsNonEmptyPartsAndAnEmptyTitlePage() {
        Section intro = new Section("intro", "Introduction", 1, "Text.");
        GuideContent content = new GuideContent(
                null, null, null, List.of(), List.of(), List.of(), List.of(intro), List.of(), List.of(), null, null);

        assertThat(content.titlePage()).isEmpty();
        assertThat(content.parts()).containsExactly(new PartRun(Part.SECTION, null, 1));
    }

    @Test
    void runsThatDoNotHoldEveryItemExactlyOnceAreRefused() {
        Section intro = new Section("intro", "Introduction", 1, "Text.");

        assertThatThrownBy(() -> new GuideContent(
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(intro),
                        List.of(),
                        List.of(),
                        "",
                        List.of(new PartRun(Part.SECTION, null, 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the parts' runs hold 2 items of SECTION, the guide 1");
    }

    @Test
    void markdownHasOneToSixHashesAndAListRunWithoutHeadingGetsTheDefaultOne() {
        GuideContent content = new GuideContent(
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(new Section("a", "Deep", 7, "Text.")),
                List.of(new Question(1, "Who?")),
                List.of(),
                "",
                List.of(new PartRun(Part.SECTION, null, 1), new PartRun(Part.QUESTIONS, null, 1)));

        assertThat(GuideMarkdown.write(content))
                .isEqualTo("###### Deep\n\nText.\n\n# Questions to be Addressed\n\n1. Who?\n");
    }
}
