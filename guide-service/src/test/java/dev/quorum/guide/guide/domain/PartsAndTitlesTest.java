package dev.quorum.guide.guide.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small rules around the importer: what a heading opens, runs of parts, titles, running text. */
class PartsAndTitlesTest {

    @Test
    void aHeadingOpensThePartItsWordingNames() {
        assertThat(Part.of("Letter from the Secretary-General")).isEqualTo(Part.LETTER);
        assertThat(Part.of("Welcoming Letters by the Chairs")).isEqualTo(Part.LETTER);
        assertThat(Part.of("KEY TERMS")).isEqualTo(Part.KEY_TERMS);
        assertThat(Part.of("Glossary")).isEqualTo(Part.KEY_TERMS);
        assertThat(Part.of("Questions to be Addressed")).isEqualTo(Part.QUESTIONS);
        assertThat(Part.of("QARMA")).isEqualTo(Part.QUESTIONS);
        assertThat(Part.of("Works Cited")).isEqualTo(Part.BIBLIOGRAPHY);
        assertThat(Part.of("History of the Question")).isEqualTo(Part.SECTION);
    }

    @Test
    void aRunNeedsAPartAndACountAndKeepsAHeadingOnlyForListParts() {
        assertThatThrownBy(() -> new PartRun(null, "x", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartRun(Part.SECTION, null, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PartRun(Part.QUESTIONS, "QARMA", 0).count()).isZero();

        assertThat(new PartRun(Part.LETTER, "Letters", 1).heading()).isNull();
        assertThat(new PartRun(Part.SECTION, "Body", 1).heading()).isNull();
        assertThat(new PartRun(Part.KEY_TERMS, "Glossary", 1).heading()).isEqualTo("Glossary");
        assertThat(new PartRun(Part.BIBLIOGRAPHY, "Sources", 2).plus(3))
                .isEqualTo(new PartRun(Part.BIBLIOGRAPHY, "Sources", 5));
    }

    @Test
    void aGuideIsTitledByItsAgendaItemElseItsCommitteeElseGenerically() {
        assertThat(Guide.titleOf(named("SCO", "Water Security"))).isEqualTo("Water Security");
        assertThat(Guide.titleOf(named("SCO", " "))).isEqualTo("SCO");
        assertThat(Guide.titleOf(named("SCO", null))).isEqualTo("SCO");
        assertThat(Guide.titleOf(named(" ", null))).isEqualTo("Study guide");
        assertThat(Guide.titleOf(named(null, null))).isEqualTo("Study guide");
    }

    @Test
    void runningTextIsASentenceOrEightWordsAndNeverAllCapitals() {
        assertThat(block("The committee meets at nine.").isProse()).isTrue();
        assertThat(block("one two three four five six seven eight").isProse()).isTrue();
        assertThat(block("one two three four five six seven").isProse()).isFalse();
        assertThat(block("Four words end here!").isProse()).isTrue();
        assertThat(block("Three words end.").isProse()).isFalse();
        assertThat(block("THE COMMITTEE MEETS AT NINE TODAY IN HALL B.").isProse())
                .isFalse();
    }

    private static GuideContent named(String committee, String agendaItem) {
        return new GuideContent(
                null, committee, agendaItem, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static Block block(String text) {
        return new Block(List.of(text), List.of(0));
    }
}
