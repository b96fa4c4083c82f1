package dev.quorum.guide.guide.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How a table of contents is read and how its entries find headings worded differently. */
class ContentsTest {
    private final ImportLog log = new ImportLog();

    @Test
    void theEntriesAreTheHeadingsFurtherLinesAndTheListParagraphsAfterIt() {
        List<Block> blocks = blocks("Contents\n1. Introduction", "2. History\n3. Questions", "Running text ends it.");
        List<Contents.Entry> entries = new ArrayList<>();

        assertThat(Contents.read(blocks, 0, entries, 200)).isEqualTo(2);
        assertThat(entries).extracting(Contents.Entry::title).containsExactly("Introduction", "History", "Questions");
    }

    @Test
    void aListLineOverTwoHundredCharactersIsTextAndEndsTheContents() {
        String longest = "2. " + "x".repeat(197);
        List<Contents.Entry> entries = new ArrayList<>();

        assertThat(Contents.read(blocks("Contents", "1. One", longest, "3. " + "x".repeat(198)), 0, entries, 200))
                .isEqualTo(3);
        assertThat(entries).extracting(Contents.Entry::title).containsExactly("One", "x".repeat(197));
    }

    @Test
    void onTheHeadingsOwnLinesAnOverlongLineIsSkipped() {
        List<Contents.Entry> entries = new ArrayList<>();

        Contents.read(blocks("Contents\n1. One\n2. " + "x".repeat(198) + "\n3. Three"), 0, entries, 200);

        assertThat(entries).extracting(Contents.Entry::title).containsExactly("One", "Three");
    }

    @Test
    void noMoreEntriesThanTheLimitAreKept() {
        List<Contents.Entry> entries = new ArrayList<>();

        Contents.read(blocks("Contents\n1. One\n2. Two", "3. Three\n4. Four"), 0, entries, 3);

        assertThat(entries).extracting(Contents.Entry::title).containsExactly("One", "Two", "Three");
    }

    @Test
    void anEntryIsAsDeepAsItsNumberAndAnIndentedOneIsAtLeastASubsection() {
        List<Contents.Entry> entries = new ArrayList<>();

        Contents.read(
                blocks("Contents", "  - Background\n    - Early Years\n  1.2 Scope\n    1.2.3 Detail"),
                0,
                entries,
                200);

        assertThat(entries).extracting(Contents.Entry::level).containsExactly(1, 2, 2, 3);
    }

    @Test
    void anEntryMatchesAHeadingSharingThreeFifthsOfItsWords() {
        assertThat(levels(List.of(entry("Past Actions")), "Past UN Actions")).containsExactly(1);
        assertThat(levels(List.of(entry("Crisis Response Plans Today Here")), "Crisis Response Plans"))
                .containsExactly(1);
        assertThat(levels(List.of(entry("Crisis Response")), "Crisis Response Plan Today"))
                .containsExactly(0);
        assertThat(log.report().warnings())
                .extracting(ImportWarning::kind)
                .containsExactly("CONTENTS_ENTRY_WITHOUT_HEADING");
    }

    @Test
    void theShareIsOfTheLongerOfEntryAndHeading() {
        assertThat(levels(List.of(entry("Background")), "Background of the Crisis in Asia"))
                .containsExactly(0);
        assertThat(levels(List.of(entry("Background of the Crisis in Asia")), "Background"))
                .containsExactly(0);
    }

    @Test
    void stopWordsCaseAndPluralsDoNotCountButAShortWordKeepsItsS() {
        assertThat(levels(List.of(entry("The History of the Region")), "HISTORY, REGION"))
                .containsExactly(1);
        assertThat(levels(List.of(entry("UN Resolutions")), "UN Resolution")).containsExactly(1);
        assertThat(levels(List.of(entry("Gas Prices")), "GA Price")).containsExactly(0);
    }

    @Test
    void theMostSimilarHeadingWinsAndOfEqualOnesTheFirst() {
        assertThat(levels(List.of(entry("Crisis Response Plans")), "Crisis Response", "Crisis Response Plans"))
                .containsExactly(0, 1);
        assertThat(levels(List.of(entry("Background")), "Background", "Background"))
                .containsExactly(1, 0);
    }

    @Test
    void aHeadingTakenByOneEntryIsNotTakenByAnother() {
        assertThat(levels(
                        List.of(entry("Background"), new Contents.Entry("Background", 2)), "Background", "Background"))
                .containsExactly(1, 2);
        assertThat(levels(List.of(entry("Background"), entry("Background")), "Background"))
                .containsExactly(1);
        assertThat(log.report().warnings()).hasSize(1);
    }

    private int[] levels(List<Contents.Entry> entries, String... headings) {
        List<Block> blocks = List.of(headings).stream()
                .map(h -> new Block(List.of(h), List.of(0)))
                .toList();
        List<Integer> candidates = IntStream.range(0, headings.length).boxed().toList();
        return Contents.match(entries, blocks, candidates, log);
    }

    private static Contents.Entry entry(String title) {
        return new Contents.Entry(title, 1);
    }

    private static List<Block> blocks(String... paragraphs) {
        return Block.split(String.join("\n\n", paragraphs), SourceFormat.PLAIN_TEXT, new ImportLog());
    }
}
