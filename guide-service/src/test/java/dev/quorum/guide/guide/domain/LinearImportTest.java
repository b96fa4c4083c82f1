package dev.quorum.guide.guide.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The importer stays linear on large adversarial texts (2 MB each). Completion is the assertion: a
 * quadratic step (regex backtracking, matching every contents entry with every heading, numbering
 * equal section ids one by one) would take minutes on these inputs, not the fraction of a second a
 * linear pass takes.
 */
class LinearImportTest {

    private static final int TWO_MEGABYTES = 2 * 1024 * 1024;
    private final GuideImporter importer = new GuideImporter();

    @Test
    void thousandsOfEqualHeadingsAfterALongUnmatchedContents() {
        StringBuilder text = new StringBuilder("Table of Contents\n\n");
        for (int i = 1; i <= 300; i++) {
            text.append(i).append(". Chapter on matter number ").append(i).append('\n');
        }
        text.append('\n');
        int headings = 0;
        while (text.length() < TWO_MEGABYTES) {
            text.append("Background:\n\nThe committee met again and discussed the same matter at length.\n\n");
            headings++;
        }

        ImportResult result = importer.importText(text.toString(), SourceFormat.PLAIN_TEXT);

        assertThat(result.guide().sections()).hasSize(headings);
        assertThat(result.guide().sections().get(headings - 1).id()).isEqualTo("background-" + headings);
    }

    @Test
    void oneLineFullOfBracketsParenthesesColonsAndUrls() {
        String unit = "[a](x(y)[b]( **:  10.1/ https://e.org/( ](#) [";
        String line = unit.repeat(TWO_MEGABYTES / unit.length());
        String text = "# Bibliography\n\n1. " + line + "\n\n# Notes\n\n" + line + "\n";

        for (SourceFormat format : SourceFormat.values()) {
            ImportResult result = importer.importText(text, format);

            assertThat(result.guide().bibliography()).isNotEmpty();
        }
    }

    @Test
    void oneLineOfSpacesBetweenWords() {
        String text = "Introduction:\n\nA" + " ".repeat(TWO_MEGABYTES) + ": b c d e f g h i j.\n";

        ImportResult result = importer.importText(text, SourceFormat.PLAIN_TEXT);

        assertThat(result.guide().sections()).hasSize(1);
    }
}
