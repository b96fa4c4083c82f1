package dev.quorum.guide.guide.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How lists of questions or references and glossaries are read from their paragraphs. */
class ListsAndGlossaryTest {
    private final ImportLog log = new ImportLog();

    @Test
    void markersStartItemsAndOtherLinesContinueThem() {
        List<String> items =
                Items.read(blocks("Think about these:", "1. Who may vote?\nand when?", "2. Who counts?"), false, log);

        assertThat(items).containsExactly("Who may vote? and when?", "Who counts?");
        assertThat(log.report().unplaced()).containsExactly("Think about these:");
    }

    @Test
    void inABibliographyTheLinesBeforeTheFirstMarkerAreAnEntry() {
        List<String> items = Items.read(blocks("Doe, J. (2020).\nReform.", "- Roe, R. (2021)."), true, log);

        assertThat(items).containsExactly("Doe, J. (2020). Reform.", "Roe, R. (2021).");
        assertThat(log.report().unplaced()).isEmpty();
    }

    @Test
    void withoutMarkersEachParagraphIsAnItem() {
        assertThat(Items.read(blocks("Who may vote\nin the end?", "Who counts?"), false, log))
                .containsExactly("Who may vote in the end?", "Who counts?");
        assertThat(Items.read(List.of(), false, log)).isEmpty();
    }

    @Test
    void aGlossaryReadsTermsWithColonsOrDashesAndDefinitionsOverParagraphs() {
        List<KeyTerm> terms = new ArrayList<>();

        Glossary.read(
                blocks(
                        "Read these first.",
                        "Quorum: the members who must be present.",
                        "It is counted at roll call.",
                        "Veto – a vote against that blocks",
                        "Self- determination:",
                        "the right of a people."),
                terms,
                log);

        assertThat(terms)
                .containsExactly(
                        new KeyTerm("Quorum", "the members who must be present.\n\nIt is counted at roll call."),
                        new KeyTerm("Veto", "a vote against that blocks"),
                        new KeyTerm("Self-determination", "the right of a people."));
        assertThat(log.report().unplaced()).containsExactly("Read these first.");
    }

    @Test
    void whenTheFirstTermIsBoldOnlyBoldTermsOpenTerms() {
        List<KeyTerm> terms = new ArrayList<>();

        Glossary.read(
                blocks("**U.N.**: the United Nations.", "Note well: this continues it.", "**Bloc** - a group."),
                terms,
                log);

        assertThat(terms)
                .containsExactly(
                        new KeyTerm("U.N.", "the United Nations.\n\nNote well: this continues it."),
                        new KeyTerm("Bloc", "a group."));
    }

    @Test
    void aLongOrSentenceLikeLeadIsNotATerm() {
        List<KeyTerm> terms = new ArrayList<>();

        Glossary.read(
                blocks(
                        "One two three four five six seven: too long to be a term.",
                        "Split over\ntwo lines: not a term",
                        "Dr.: a title, not a term",
                        "Dash-joined-words-without-spaces are text"),
                terms,
                log);

        assertThat(terms).isEmpty();
        assertThat(log.report().unplaced()).hasSize(4);
    }

    @Test
    void aTermIsFoundInTheFirstEightyCharactersOnlyAndNeedsAWord() {
        List<KeyTerm> terms = new ArrayList<>();
        String word79 = "W" + "x".repeat(78);

        Glossary.read(
                blocks(
                        word79 + ": found",
                        "W" + "x".repeat(79) + ": not found",
                        "--: no word",
                        "Veto -",
                        "Bloc - a group"),
                terms,
                log);

        assertThat(terms)
                .containsExactly(
                        new KeyTerm(
                                word79, "found\n\n" + "W" + "x".repeat(79) + ": not found\n\n--: no word\n\nVeto -"),
                        new KeyTerm("Bloc", "a group"));
    }

    @Test
    void whenTheFirstTermIsPlainABoldTermLaterDoesNotMakeBoldTermsTheRule() {
        List<KeyTerm> terms = new ArrayList<>();

        Glossary.read(
                blocks("Quorum: members present.", "**Veto**: a vote that blocks.", "Bloc: a group."), terms, log);

        assertThat(terms).extracting(KeyTerm::term).containsExactly("Quorum", "Veto", "Bloc");
    }

    @Test
    void aTermHasUpToSixWordsAndEndsAtAColonOrASpacedDashOfAnyLength() {
        List<KeyTerm> terms = new ArrayList<>();

        Glossary.read(
                blocks(
                        "One two three four five six: a long term.",
                        "Bloc — a group.",
                        "Anti -war: against war.",
                        "Veto – a vote that blocks."),
                terms,
                log);

        assertThat(terms)
                .extracting(KeyTerm::term)
                .containsExactly("One two three four five six", "Bloc", "Anti -war", "Veto");
    }

    private static List<Block> blocks(String... paragraphs) {
        return Block.split(String.join("\n\n", paragraphs), SourceFormat.MARKDOWN, new ImportLog());
    }
}
