package dev.quorum.guide.guide.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a source is cut into paragraphs, and what counts as running text. */
class BlockTest {

    @Test
    void blankLinesSeparateParagraphsAndEachLineKeepsItsIndent() {
        List<Block> blocks = split("First line\n  second line\r\n \r\n\n    Next\nlast", SourceFormat.PLAIN_TEXT);

        assertThat(blocks)
                .containsExactly(
                        new Block(List.of("First line", "second line"), List.of(0, 2)),
                        new Block(List.of("Next", "last"), List.of(4, 0)));
    }

    @Test
    void aLineThatCleansToNothingIsDroppedWithoutEndingItsParagraph() {
        List<Block> blocks = split("One\n***\nTwo\n\nThree", SourceFormat.PLAIN_TEXT);

        assertThat(blocks).extracting(Block::lines).containsExactly(List.of("One", "Two"), List.of("Three"));
    }

    @Test
    void aMarkdownHeadingIsItsOwnParagraphWithoutBlankLinesAroundIt() {
        List<Block> blocks = split("Some text\n## Background\nMore text\nand more\n#hashtag", SourceFormat.MARKDOWN);

        assertThat(blocks)
                .extracting(Block::lines)
                .containsExactly(
                        List.of("Some text"), List.of("## Background"), List.of("More text", "and more", "#hashtag"));
        assertThat(blocks.get(2).indents()).hasSize(3);
    }

    @Test
    void aHeadingOpeningTheSourceIsSplitFromTheTextUnderIt() {
        assertThat(split("# Title\nText under it", SourceFormat.MARKDOWN))
                .containsExactly(
                        new Block(List.of("# Title"), List.of(0)), new Block(List.of("Text under it"), List.of(0)));
    }

    @Test
    void anOverlongHashLineIsNoHeading() {
        String line = "# " + "x".repeat(300);

        assertThat(split("Text\n" + line, SourceFormat.MARKDOWN)).hasSize(2);
        assertThat(split("Text\n" + line + "x", SourceFormat.MARKDOWN)).hasSize(1);
        assertThat(split(line + "x\nText", SourceFormat.MARKDOWN)).hasSize(1);
    }

    @Test
    void aSentenceOfFourWordsEndsInAnyClosingMark() {
        for (String end : List.of(".", "!", "?", "…", "\"", "”", ")")) {
            assertThat(block("The delegates must vote" + end).isProse()).as(end).isTrue();
        }
        assertThat(block("The delegates must vote:").isProse()).isFalse();
        assertThat(block("The delegates vote.").isProse()).isFalse();
    }

    private static List<Block> split(String text, SourceFormat format) {
        return Block.split(text, format, new ImportLog());
    }

    private static Block block(String text) {
        return new Block(List.of(text), List.of(0));
    }
}
