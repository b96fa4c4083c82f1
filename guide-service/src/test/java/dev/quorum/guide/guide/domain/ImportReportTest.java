package dev.quorum.guide.guide.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** What the import report says about text it cannot place and links it cleans. */
class ImportReportTest {

    private final GuideImporter importer = new GuideImporter();

    @Test
    void reportsTextBeforeTheFirstQuestionAndTheFirstTermAsUnplaced() {
        String text = """
                # Key Terms

                Read these before the first session.

                **Quorum**: The number of members who must be present.

                # Questions to be Addressed

                Think about these:

                1. Who may call a vote?
                """;

        ImportResult result = importer.importText(text, SourceFormat.MARKDOWN);

        assertThat(result.report().unplaced())
                .containsExactly("Read these before the first session.", "Think about these:");
        assertThat(result.guide().keyTerms()).extracting(KeyTerm::term).containsExactly("Quorum");
        assertThat(result.guide().questions()).extracting(Question::text).containsExactly("Who may call a vote?");
    }

    @Test
    void keepsTheTextOfALinkWithoutTargetAndWarns() {
        String text = "# Background\n\nSee the [charter]() and the [statute](https://example.org/statute).\n";

        ImportResult result = importer.importText(text, SourceFormat.MARKDOWN);

        assertThat(result.guide().sections().get(0).markdown())
                .isEqualTo("See the charter and the [statute](https://example.org/statute).");
        assertThat(result.report().warnings())
                .extracting(ImportWarning::kind, ImportWarning::excerpt)
                .containsExactly(tuple("LINK_WITHOUT_TARGET", "charter"));
    }

    @Test
    void givesSectionsWithTheSameTitleDistinctIds() {
        String text = "# Background\n\nOne.\n\n# Background\n\nTwo.\n\n# Background 2\n\nThree.\n";

        GuideContent guide = importer.importText(text, SourceFormat.MARKDOWN).guide();

        assertThat(guide.sections())
                .extracting(Section::id)
                .doesNotHaveDuplicates()
                .hasSize(3);
    }
}
