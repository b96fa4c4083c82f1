package dev.quorum.guide.guide.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which paragraphs {@link Outline} takes for the table of contents and for headings, one rule at a time. */
class OutlineTest {
    private static final String PROSE = "The committee has discussed this question for many years already.";

    @Test
    void aShortLineSayingContentsOpensTheTableOfContentsAndItsListFollows() {
        Outline outline = plain("Contents", "1. Introduction\n2. History", "Introduction", PROSE);

        assertThat(outline.contentsStart()).isZero();
        assertThat(outline.contentsEnd()).isEqualTo(2);
        assertThat(outline.headings()).extracting(Heading::block).containsExactly(2);
    }

    @Test
    void aContentsLineWithDotLeadersCountsUpToSixtyCharacters() {
        String sixty = "Table of Contents" + ".".repeat(60 - 17);

        assertThat(plain(sixty, "1. Introduction", PROSE).contentsStart()).isZero();
        assertThat(plain(sixty + ".", "1. Introduction", PROSE).contentsStart()).isEqualTo(-1);
    }

    @Test
    void aLoneContentsLineAtTheEndOpensNoTableButOneWithItsEntriesOnItsOwnLinesDoes() {
        assertThat(plain(PROSE, "Contents").contentsStart()).isEqualTo(-1);
        Outline inline = plain(PROSE, "Contents\n1. Introduction");
        assertThat(inline.contentsStart()).isEqualTo(1);
        assertThat(inline.contentsEnd()).isEqualTo(2);
    }

    @Test
    void aLineThatOnlyMentionsContentsIsNoTable() {
        assertThat(plain("Contents of the guide", "1. Introduction", PROSE).contentsStart())
                .isEqualTo(-1);
        assertThat(plain("İÇİNDEKİLER", "1. Giriş", PROSE).contentsStart()).isZero();
    }

    @Test
    void aMarkdownHeadingIsAHeadingAtTheLevelOfItsHashesWhateverFollows() {
        Outline outline = markdown("## Background", "### A detail", "# WHY", "short");

        assertThat(outline.headings())
                .extracting(Heading::title, Heading::level)
                .containsExactly(tuple("Background", 2), tuple("A detail", 3), tuple("WHY", 1));
    }

    @Test
    void inMarkdownAPlainLineNeverIsAHeadingWhateverItsShape() {
        assertThat(markdown("1. Introduction", PROSE, "HISTORY", PROSE).headings())
                .isEmpty();
    }

    @Test
    void aNumberedLineFollowedByRunningTextIsAHeadingAtItsNumbersDepth() {
        Outline outline = plain("1. Introduction", PROSE, "1.1 Scope", PROSE, "2. History", PROSE);

        assertThat(outline.headings())
                .extracting(Heading::title, Heading::level)
                .containsExactly(tuple("Introduction", 1), tuple("Scope", 2), tuple("History", 1));
    }

    @Test
    void aNumberedLineFollowedByAnotherLabelOrNothingIsNoHeading() {
        assertThat(plain("1. Introduction", "2. History").headings()).isEmpty();
        assertThat(plain(PROSE, "1. Introduction").headings()).isEmpty();
    }

    @Test
    void aLineInCapitalsOrEndingInAColonFollowedByRunningTextIsAHeadingUnderTheLastNumberedOne() {
        Outline outline = plain("1. Introduction", PROSE, "HISTORY", PROSE, "Current situation:", PROSE);

        assertThat(outline.headings())
                .extracting(Heading::title, Heading::level)
                .containsExactly(tuple("Introduction", 1), tuple("HISTORY", 2), tuple("Current situation", 2));
    }

    @Test
    void aShapedLineBeforeALabelIsACaptionNotAHeading() {
        assertThat(plain("HISTORY", "Figure 1", PROSE).headings()).isEmpty();
        assertThat(plain("HISTORY", "SHORT LABEL").headings()).isEmpty();
    }

    @Test
    void anUnnumberedHeadingWithoutANumberedOneAboveIsAtTheTop() {
        assertThat(plain("HISTORY", PROSE, "BACKGROUND", PROSE).headings())
                .extracting(Heading::level)
                .containsExactly(1, 1);
    }

    @Test
    void aCapitalisedLineNeedsTwoLettersAndAnOrdinaryLineIsNoHeading() {
        assertThat(plain("A 1", PROSE).headings()).isEmpty();
        assertThat(plain("AB 1", PROSE).headings()).extracting(Heading::title).containsExactly("AB 1");
        assertThat(plain("Background", PROSE).headings()).isEmpty();
    }

    @Test
    void aHeadingIsOneShortLineThatIsNotASentence() {
        assertThat(plain("1. Introduction\nand more", PROSE).headings()).isEmpty();
        assertThat(plain("1. Introduction.", PROSE).headings()).isEmpty();
        assertThat(plain("1. Who decides?", PROSE).headings()).isEmpty();
        assertThat(plain("1. see https://un.org", PROSE).headings()).isEmpty();
        assertThat(plain("history:", PROSE).headings()).isEmpty();
        assertThat(plain("HISTORY \"", PROSE).headings()).isEmpty();
    }

    @Test
    void aHeadingHasAtMostFourteenWordsCountingItsNumberAndAHundredAndTwentyCharacters() {
        String fourteen = "1. One two three four five six seven eight nine ten eleven twelve thirteen";
        assertThat(plain(fourteen, PROSE).headings()).hasSize(1);
        assertThat(plain(fourteen + " fourteen", PROSE).headings()).isEmpty();

        String long120 = "1. Word " + "x".repeat(120 - 8);
        assertThat(long120).hasSize(120);
        assertThat(plain(long120, PROSE).headings()).hasSize(1);
        assertThat(plain(long120 + "x", PROSE).headings()).isEmpty();
    }

    @Test
    void aLineMayStartWithABulletOrADigitOrACapital() {
        assertThat(plain("- 1. Scope", PROSE).headings())
                .extracting(Heading::title)
                .containsExactly("Scope");
        assertThat(plain("• 1. Scope", PROSE).headings())
                .extracting(Heading::title)
                .containsExactly("Scope");
        assertThat(plain("2024 REVIEW", PROSE).headings())
                .extracting(Heading::title)
                .containsExactly("2024 REVIEW");
    }

    @Test
    void aKnownPartOpensWithoutRunningTextAfterIt() {
        Outline outline = plain(PROSE, "Key Terms", "Quorum: members present");

        assertThat(outline.headings())
                .extracting(Heading::title, Heading::level, Heading::part)
                .containsExactly(tuple("Key Terms", 1, Part.KEY_TERMS));
    }

    @Test
    void inAListOfQuestionsOrReferencesANumberedLineIsAnItemNotAHeading() {
        String question = "1. How can the committee prevent escalation";
        assertThat(plain("Questions to be Addressed", question, PROSE).headings())
                .extracting(Heading::part)
                .containsExactly(Part.QUESTIONS);
        assertThat(plain("Bibliography", "1. Doe Jane and Others", PROSE).headings())
                .extracting(Heading::part)
                .containsExactly(Part.BIBLIOGRAPHY);
        assertThat(plain("Glossary", "1. Introduction", PROSE).headings())
                .extracting(Heading::part)
                .containsExactly(Part.KEY_TERMS, Part.SECTION);
    }

    @Test
    void aContentsEntryGivesItsHeadingALevelAndMakesItAHeadingWithoutRunningText() {
        Outline outline = plain("Contents", "- Background\n    - Early Years", "Background", "Early Years", "Table 1");

        assertThat(outline.headings())
                .extracting(Heading::title, Heading::level)
                .containsExactly(tuple("Background", 1), tuple("Early Years", 2));
    }

    @Test
    void aHeadingUnderAContentsEntryNestsUnderIt() {
        Outline outline = plain("Contents", "- Background", "Background", PROSE, "HISTORY", PROSE);

        assertThat(outline.headings())
                .extracting(Heading::title, Heading::level)
                .containsExactly(tuple("Background", 1), tuple("HISTORY", 2));
    }

    private static Outline plain(String... paragraphs) {
        return of(SourceFormat.PLAIN_TEXT, paragraphs);
    }

    private static Outline markdown(String... paragraphs) {
        return of(SourceFormat.MARKDOWN, paragraphs);
    }

    private static Outline of(SourceFormat format, String... paragraphs) {
        ImportLog log = new ImportLog();
        List<Block> blocks = Block.split(String.join("\n\n", paragraphs), format, log);
        return Outline.of(blocks, format, log);
    }
}
