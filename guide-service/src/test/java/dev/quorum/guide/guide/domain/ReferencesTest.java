package dev.quorum.guide.guide.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How one bibliography entry is read. */
class ReferencesTest {
    private final ImportLog log = new ImportLog();

    @Test
    void readsAuthorsTitleAndUrlOfAYearStyleCitation() {
        Reference ref = References.parse(
                "Doe, J. & Roe, R. (2022a). Protests in Almaty. Journal of Things. https://example.org/p.", log);

        assertThat(ref.authors()).isEqualTo("Doe, J. & Roe, R.");
        assertThat(ref.title()).isEqualTo("Protests in Almaty");
        assertThat(ref.url()).isEqualTo("https://example.org/p");
        assertThat(ref.doi()).isNull();
        assertThat(log.report().warnings()).isEmpty();
    }

    @Test
    void aTitleRepeatedBeforeACiteLabelIsNotTakenForTheAuthors() {
        Reference ref =
                References.parse("Protests. To cite this article: Doe, J. (2022): Protests, DOI: 10.1080/123.456", log);

        assertThat(ref.authors()).isEqualTo("Doe, J.");
        assertThat(ref.title()).isEqualTo("Protests");
        assertThat(ref.doi()).isEqualTo("10.1080/123.456");
    }

    @Test
    void aTitleEndsAtTheFirstDoiOrLink() {
        assertThat(References.parse("Doe, J. (2020). Reform DOI 10.1000/1", log).title())
                .isEqualTo("Reform");
        assertThat(References.parse("Doe, J. (2020). Reform <https://example.org/r>", log)
                        .title())
                .isEqualTo("Reform");
        assertThat(References.parse("Doe, J. (2020). Reform; https://example.org/r", log)
                        .title())
                .isEqualTo("Reform");
    }

    @Test
    void readsAuthorsAndTitleOfAQuotedTitleCitation() {
        Reference ref = References.parse("Smith, A. \u201CThe Council at Work,\u201D UN Press, 2019.", log);

        assertThat(ref.authors()).isEqualTo("Smith, A");
        assertThat(ref.title()).isEqualTo("The Council at Work");
    }

    @Test
    void prefersAMarkdownLinkTargetThenAnAngleUrlThenABareOne() {
        assertThat(References.parse("[Charter](https://un.org/charter_(1945)) see https://other.org", log)
                        .url())
                .isEqualTo("https://un.org/charter_(1945)");
        assertThat(References.parse("Charter <https://un.org/c> and https://other.org", log)
                        .url())
                .isEqualTo("https://un.org/c");
        assertThat(References.parse("Charter, https://un.org/c);", log).url()).isEqualTo("https://un.org/c");
    }

    @Test
    void anEntryWithNeitherUrlNorDoiIsReportedAndHasNoAuthorsOrTitleWhenItsStyleIsUnknown() {
        Reference ref = References.parse("Just some words", log);

        assertThat(ref.text()).isEqualTo("Just some words");
        assertThat(ref.url()).isNull();
        assertThat(ref.doi()).isNull();
        assertThat(ref.authors()).isNull();
        assertThat(ref.title()).isNull();
        assertThat(log.report().warnings())
                .extracting(ImportWarning::kind)
                .containsExactly("REFERENCE_WITHOUT_URL_OR_DOI");
    }

    @Test
    void anEntryWithOnlyADoiIsNotReported() {
        Reference ref = References.parse("Doe (2021). T. 10.1234/abc.", log);

        assertThat(ref.doi()).isEqualTo("10.1234/abc");
        assertThat(log.report().warnings()).isEmpty();
    }

    @Test
    void aTitleThatIsOnlyALinkIsNoTitle() {
        Reference ref = References.parse("Doe, J. (2020). https://example.org/r", log);

        assertThat(ref.authors()).isEqualTo("Doe, J.");
        assertThat(ref.title()).isNull();
        assertThat(ref.url()).isEqualTo("https://example.org/r");
    }
}
