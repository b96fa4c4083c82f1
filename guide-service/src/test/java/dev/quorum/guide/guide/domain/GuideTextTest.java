package dev.quorum.guide.guide.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** The importer's text helpers, one rule at a time. */
class GuideTextTest {

    @Test
    void foldingDropsCaseDiacriticsAndTheDotlessI() {
        assertThat(GuideText.fold("İÇİNDEKİLER")).isEqualTo("icindekiler");
        assertThat(GuideText.fold("ıçindekiler Café")).isEqualTo("icindekiler cafe");
    }

    @Test
    void wordsAreTheFoldedRunsOfLettersAndDigits() {
        assertThat(GuideText.words("  Key-Terms: Ağrı 2022!")).containsExactly("key", "terms", "agri", "2022");
        assertThat(GuideText.words("...")).isEmpty();
        assertThat(GuideText.words("end")).containsExactly("end");
    }

    @Test
    void cleaningDropsPlainTextEmphasisButKeepsMarkdownAsWritten() {
        ImportLog log = new ImportLog();

        assertThat(GuideText.clean("  **Quorum**: enough members ", SourceFormat.PLAIN_TEXT, log))
                .isEqualTo("Quorum: enough members");
        assertThat(GuideText.clean("  **Quorum**: enough members ", SourceFormat.MARKDOWN, log))
                .isEqualTo("**Quorum**: enough members");
        assertThat(log.report().warnings()).isEmpty();
    }

    @Test
    void cleaningKeepsTheTextOfEveryLinkWithoutTargetAndReportsEach() {
        ImportLog log = new ImportLog();

        String cleaned =
                GuideText.clean("See [one](#), [two]() and [three](https://example.org). ", SourceFormat.MARKDOWN, log);

        assertThat(cleaned).isEqualTo("See one, two and [three](https://example.org).");
        assertThat(log.report().warnings())
                .extracting(ImportWarning::kind, ImportWarning::excerpt)
                .containsExactly(tuple("LINK_WITHOUT_TARGET", "one"), tuple("LINK_WITHOUT_TARGET", "two"));
    }

    /** A line that starts with "](" (a link cut by the line break before it) still has its later links cleaned. */
    @Test
    void aLineStartingWithTheEndOfABrokenLinkStillHasItsEmptyLinksCleaned() {
        String cleaned = GuideText.clean("](p. 4) and [the report]() here", SourceFormat.MARKDOWN, new ImportLog());

        assertThat(cleaned).isEqualTo("](p. 4) and the report here");
    }

    @Test
    void markersAreNumbersLettersRomanNumeralsAndBullets() {
        assertThat(GuideText.withoutMarker("1. Who votes?")).isEqualTo("Who votes?");
        assertThat(GuideText.withoutMarker("2.3 History")).isEqualTo("History");
        assertThat(GuideText.withoutMarker("IV. Timeline")).isEqualTo("Timeline");
        assertThat(GuideText.withoutMarker("[12] Doe, J.")).isEqualTo("Doe, J.");
        assertThat(GuideText.withoutMarker("- a bullet")).isEqualTo("a bullet");
        assertThat(GuideText.withoutMarker("U.N. Reform")).isEqualTo("U.N. Reform");
        assertThat(GuideText.withoutMarker("Plain line")).isEqualTo("Plain line");

        assertThat(GuideText.hasMarker("a) first")).isTrue();
        assertThat(GuideText.hasMarker("* starred")).isTrue();
        assertThat(GuideText.hasMarker("V.I. Lenin")).isFalse();
        assertThat(GuideText.hasMarker("Plain line")).isFalse();
    }

    @Test
    void markerDepthCountsTheLevelsOfANumber() {
        assertThat(GuideText.markerDepth("Introduction")).isZero();
        assertThat(GuideText.markerDepth("1. Introduction")).isEqualTo(1);
        assertThat(GuideText.markerDepth("1) Introduction")).isEqualTo(1);
        assertThat(GuideText.markerDepth("IV. Timeline")).isEqualTo(1);
        assertThat(GuideText.markerDepth("I. Timeline"))
                .as("a Roman one, not a letter")
                .isEqualTo(1);
        assertThat(GuideText.markerDepth("[3] Doe")).isEqualTo(1);
        assertThat(GuideText.markerDepth("1.2 History")).isEqualTo(2);
        assertThat(GuideText.markerDepth("1.2.3. Detail")).isEqualTo(3);
        assertThat(GuideText.markerDepth("b. Point")).isEqualTo(2);
        assertThat(GuideText.markerDepth("B) Point")).isEqualTo(2);
    }

    @Test
    void aTitleHasNoHashesNumberOrTrailingColons() {
        assertThat(GuideText.title("## 2.1 Background ::")).isEqualTo("Background");
        assertThat(GuideText.title("Timeline :Before 1990")).isEqualTo("Timeline: Before 1990");
        assertThat(GuideText.title("Key Terms")).isEqualTo("Key Terms");
    }

    @Test
    void shortTextIsKeptAndLongTextCutTo120Characters() {
        String exactly120 = "x".repeat(120);

        assertThat(GuideText.shorten(exactly120)).isEqualTo(exactly120);
        assertThat(GuideText.shorten("y".repeat(121))).isEqualTo("y".repeat(117) + "...");
    }
}
