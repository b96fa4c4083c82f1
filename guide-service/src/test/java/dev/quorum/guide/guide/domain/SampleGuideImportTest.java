package dev.quorum.guide.guide.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** The ACIMUN'25 SCO guide, as issue 11 lists its structure. */
class SampleGuideImportTest {

    private final ImportResult result = TestGuides.importGuide(TestGuides.SAMPLE);
    private final GuideContent guide = result.guide();

    @Test
    void readsTheTitlePage() {
        assertThat(guide.conferenceName())
                .isEqualTo("ANTALYA PRIVATE ACI COLLEGE MODEL UNITED NATIONS CONFERENCE 2025");
        assertThat(guide.committeeName()).isEqualTo("SCO");
        assertThat(guide.agendaItem()).isEqualTo("2022 KAZAKHSTAN PROTESTS");
        assertThat(guide.authors())
                .containsExactly(
                        new Author("Ece Yiğit", "Under-Secretary-General"),
                        new Author("Yasemin RAITHEL", "Secretary-General"));
    }

    @Test
    void findsTwoLettersWithTheirSignatures() {
        assertThat(guide.letters())
                .extracting(Letter::heading)
                .containsExactly("Letter from the Secretary General", "Letter from the Under Secretary General");
        assertThat(guide.letters().get(0).markdown())
                .startsWith("First of all, let me extend")
                .endsWith("Secretary-General of AÇIMUN'25");
        assertThat(guide.letters().get(1).markdown()).contains("Ece Yiğit\nUnder Secretary General of SCO");
    }

    @Test
    void findsSixKeyTermsWithADefinitionOverThreeParagraphs() {
        assertThat(guide.keyTerms())
                .extracting(KeyTerm::term)
                .containsExactly("Anti-democracy", "Oligarchy", "Reform", "Mutiny", "Protests", "Propaganda");
        assertThat(guide.keyTerms().get(2).definitionMarkdown().split("\n\n"))
                .hasSize(3)
                .endsWith(
                        "Developing countries can implement a series of reforms to improve living standards, often with"
                                + " the support of international financial institutions and aid agencies.");
        assertThat(guide.keyTerms().get(0).definitionMarkdown())
                .startsWith("opposed or hostile")
                .doesNotContain("*");
    }

    @Test
    void findsTheSectionsInOrderWithTheSovietPeriodUnderTheHistory() {
        assertThat(guide.sections())
                .extracting(Section::title, Section::level)
                .containsExactly(
                        tuple("Introduction to the Committee", 1),
                        tuple("History of the Kazakhstan", 1),
                        tuple("Development of Kazakhstan in the Soviet Period", 2),
                        tuple("Cold War Era", 1),
                        tuple("Up to this point: Kazakhstan Existence", 1),
                        tuple("Suppression of the Protest", 1),
                        tuple("Tokayev Administration", 1),
                        tuple("General Structure of the Committee and Purposes", 1));
        assertThat(guide.sections())
                .extracting(Section::id)
                .contains("introduction-to-the-committee", "development-of-kazakhstan-in-the-soviet-period")
                .doesNotHaveDuplicates();
        Section soviet = guide.sections().get(2);
        assertThat(soviet.markdown())
                .contains("Kazakh Soviet Socialist Republic:\n\n(1936–1991)")
                .contains("Қазақ Советтік Социалистік Республикасы (Kazakh)");
    }

    @Test
    void findsSixQuestionsWithoutMarkers() {
        assertThat(guide.questions()).extracting(Question::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(guide.questions().get(0).text())
                .startsWith("Given Kazakhstan's post-Soviet legacy")
                .endsWith("at least in the long term?");
        assertThat(guide.questions().get(5).text()).startsWith("What goals can be set for a free Kazakhstan?");
    }

    @Test
    void findsFifteenReferencesWithTheDoiOfTheFourth() {
        assertThat(guide.bibliography()).hasSize(15);
        Reference fourth = guide.bibliography().get(3);
        assertThat(fourth.doi()).isEqualTo("10.1080/1060586X.2022.2077060");
        assertThat(fourth.authors()).isEqualTo("Diana T. Kudaibergenova & Marlene Laruelle");
        assertThat(fourth.text()).startsWith("Making sense of").contains("To link to this article:");
        assertThat(guide.bibliography().get(0).url())
                .isEqualTo("https://www.hrw.org/world-report/2022/country-chapters/kazakhstan");
        assertThat(guide.bibliography().get(11).url()).isEqualTo("https://youtu.be/_ru--iNroJQ?si=OvJn6qNVEx5cy6uP");
        assertThat(guide.bibliography().get(14).url())
                .isEqualTo("https://www.europarl.europa.eu/thinktank/en/document/EPRS_ATA(2022)698874");
    }

    @Test
    void reportsTheArtefactsItCleaned() {
        assertThat(result.report().unplaced()).isEmpty();
        assertThat(result.report().warnings())
                .extracting(ImportWarning::kind, ImportWarning::excerpt)
                .containsExactly(
                        tuple("LINK_WITHOUT_TARGET", "Kazakh"),
                        tuple("LINK_WITHOUT_TARGET", "Russian"),
                        tuple("LINK_WITHOUT_TARGET", "Soviet Nuclear Devastation of Kazakhstan - Cold War DOCUMENTARY"),
                        tuple("CONTENTS_ENTRY_WITHOUT_HEADING", "Welcoming Letters"),
                        tuple(
                                "REFERENCE_WITHOUT_URL_OR_DOI",
                                "Soviet Nuclear Devastation of Kazakhstan - Cold War DOCUMENTARY"),
                        tuple(
                                "REFERENCE_WITHOUT_URL_OR_DOI",
                                "Reflection of the Anti-Government Uprising in Kazakhstan to the Media in the Turkic"
                                        + " Republics¹"));
    }

    @Test
    void dropsTheTableOfContents() {
        assertThat(GuideMarkdown.write(guide))
                .doesNotContain("Table of Contents")
                .doesNotContain("***");
    }
}
