package dev.quorum.guide.guide.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Guides worded and laid out differently from the sample: the importer is not tuned to one file. */
class OtherGuidesImportTest {

    @Test
    void markdownGuideWithGlossaryAndReferences() {
        ImportResult result = TestGuides.importGuide(TestGuides.MARKDOWN);
        GuideContent guide = result.guide();

        assertThat(guide.conferenceName()).isEqualTo("BOSPHORUS MODEL UNITED NATIONS 2026");
        assertThat(guide.committeeName()).isEqualTo("DISEC");
        assertThat(guide.agendaItem()).isEqualTo("Regulation of Lethal Autonomous Weapons Systems");
        assertThat(guide.authors()).containsExactly(new Author("Deniz Kılıçaslan", "Secretary-General"));
        assertThat(guide.letters()).extracting(Letter::heading).containsExactly("Letter from the Secretary-General");
        assertThat(guide.letters().get(0).markdown()).contains("the *second* edition");
        assertThat(guide.keyTerms()).extracting(KeyTerm::term).containsExactly("Autonomy", "Meaningful human control");
        assertThat(guide.keyTerms().get(1).definitionMarkdown().split("\n\n")).hasSize(2);
        assertThat(guide.sections())
                .extracting(Section::title, Section::level)
                .containsExactly(
                        tuple("Introduction", 1),
                        tuple("Background of the Issue", 2),
                        tuple("Positions of Major Blocs", 3));
        assertThat(guide.sections().get(1).markdown()).contains("güvenlik", "қауіпсіздік", "безопасность");
        assertThat(guide.questions()).hasSize(3);
        assertThat(guide.bibliography())
                .extracting(Reference::authors, Reference::title, Reference::url)
                .containsExactly(
                        tuple(
                                "Scharre, P.",
                                "Army of None: Autonomous Weapons and the Future of War",
                                "https://wwnorton.com/books/Army-of-None"),
                        tuple(
                                "United Nations Office for Disarmament Affairs.",
                                "Lethal Autonomous Weapons Systems",
                                "https://disarmament.unoda.org/the-convention-on-certain-conventional-weapons/"),
                        tuple("Boulanin, V.", "The Impact of Artificial Intelligence on Strategic Stability", null));
        assertThat(result.report().warnings())
                .extracting(ImportWarning::kind)
                .containsExactly("REFERENCE_WITHOUT_URL_OR_DOI");
    }

    @Test
    void plainTextGuideWithRomanNumeralsAndWorksCited() {
        ImportResult result = TestGuides.importGuide(TestGuides.ROMAN);
        GuideContent guide = result.guide();

        assertThat(guide.conferenceName()).isEqualTo("HARBOUR CITY MODEL UNITED NATIONS CONFERENCE");
        assertThat(guide.committeeName()).isEqualTo("HUMAN RIGHTS COUNCIL");
        assertThat(guide.agendaItem()).isEqualTo("THE RIGHT TO CLEAN WATER");
        assertThat(guide.authors()).containsExactly(new Author("MARIA SANTOS", "Deputy Secretary-General"));
        assertThat(guide.letters()).isEmpty();
        assertThat(guide.keyTerms()).isEmpty();
        assertThat(guide.sections())
                .extracting(Section::title, Section::level)
                .containsExactly(
                        tuple("INTRODUCTION", 1),
                        tuple("HISTORICAL BACKGROUND", 1),
                        tuple("The Millennium Goals", 2),
                        tuple("The Sustainable Development Goals", 2),
                        tuple("CURRENT SITUATION", 1));
        assertThat(guide.questions())
                .extracting(Question::text)
                .containsExactly(
                        "How can states finance water infrastructure without pricing out the poor?",
                        "What obligations do private operators have under human rights law?",
                        "How should transboundary rivers be shared fairly?");
        assertThat(guide.bibliography())
                .extracting(Reference::authors, Reference::title, Reference::url, Reference::doi)
                .containsExactly(
                        tuple(
                                "United Nations General Assembly",
                                "The Human Right to Water and Sanitation",
                                "https://undocs.org/A/RES/64/292",
                                null),
                        tuple("Gleick, Peter", "The Human Right to Water", null, "10.1016/S1366-7017(99)00008-2"),
                        tuple(
                                "World Health Organization",
                                "Progress on Household Drinking Water, Sanitation and Hygiene",
                                null,
                                null));
        assertThat(result.report().warnings())
                .extracting(ImportWarning::kind)
                .containsExactly("REFERENCE_WITHOUT_URL_OR_DOI");
    }

    @Test
    void plainTextGuideWithMultiParagraphDefinitionAndMultiLineCitations() {
        ImportResult result = TestGuides.importGuide(TestGuides.MULTILINE);
        GuideContent guide = result.guide();

        assertThat(guide.conferenceName()).isEqualTo("ISTANBUL HIGH SCHOOL MUN 2026");
        assertThat(guide.committeeName()).isEqualTo("ECOSOC");
        assertThat(guide.agendaItem()).isEqualTo("Financing Renewable Energy in Central Asia");
        assertThat(guide.authors()).containsExactly(new Author("Aigerim Nurlanovna", "Under-Secretary-General"));
        assertThat(guide.keyTerms())
                .extracting(KeyTerm::term, k -> k.definitionMarkdown().split("\n\n").length)
                .containsExactly(tuple("Green bond", 3), tuple("Feed-in tariff", 1));
        assertThat(guide.sections())
                .extracting(Section::title, Section::level)
                .containsExactly(tuple("Introduction to the Agenda Item", 1), tuple("Energy in the Steppe", 2));
        assertThat(guide.questions()).hasSize(2);
        assertThat(guide.bibliography()).hasSize(2);
        Reference adb = guide.bibliography().get(0);
        assertThat(adb.text())
                .isEqualTo("Asian Development Bank (2022). Central Asia Regional Economic Cooperation Energy Strategy"
                        + " 2030. Manila: ADB. https://www.adb.org/documents/carec-energy-strategy-2030");
        assertThat(adb.title()).isEqualTo("Central Asia Regional Economic Cooperation Energy Strategy 2030");
        assertThat(guide.bibliography().get(1).doi()).isEqualTo("10.5555/irena.rra.kz.2021");
        assertThat(result.report().warnings())
                .extracting(ImportWarning::kind, ImportWarning::excerpt)
                .containsExactly(
                        tuple("CONTENTS_ENTRY_WITHOUT_HEADING", "Annex on Pipelines"),
                        tuple(
                                "REPEATED_PARAGRAPH",
                                GuideText.shorten(
                                        "Kazakhstan aims for half of its power from renewables by 2050."
                                                + " Қазақстан жаңартылатын энергия көздерін дамытуда. В Казахстане растёт доля"
                                                + " солнечной энергии. Türkiye'deki yatırımcılar da bölgeye ilgi gösteriyor.")));
    }
}
