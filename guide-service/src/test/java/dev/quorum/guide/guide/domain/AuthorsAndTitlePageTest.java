package dev.quorum.guide.guide.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who wrote a guide and what its title page names. */
class AuthorsAndTitlePageTest {

    @Test
    void aRoleLineNamesThePersonOnItAfterItOrAboveIt() {
        List<Author> authors = new ArrayList<>();

        Authors.find(
                List.of(
                        "Secretary-General: Jane Doe",
                        "UNDER-SECRETARY-GENERAL:",
                        "",
                        "ECE YIGIT",
                        "Mehmet Kaya",
                        "Academic Assistants",
                        "Deputy Secretary General: Ali Veli"),
                authors);

        assertThat(authors)
                .containsExactly(
                        new Author("Jane Doe", "Secretary-General"),
                        new Author("ECE YIGIT", "Under-Secretary-General"),
                        new Author("Mehmet Kaya", "Academic Assistant"),
                        new Author("Ali Veli", "Deputy Secretary-General"));
    }

    @Test
    void aPersonNamedTwiceIsListedOnceAsUsuallyWritten() {
        List<Author> authors = new ArrayList<>();

        Authors.find(List.of("Under-Secretary-General: ECE YİĞİT"), authors);
        Authors.find(List.of("Ece Yiğit", "Under-Secretary-General"), authors);
        Authors.find(List.of("ECE YIGIT", "Under-Secretary-General"), authors);

        assertThat(authors).containsExactly(new Author("Ece Yiğit", "Under-Secretary-General"));
    }

    @Test
    void linesThatAreNotNamesAreNotTakenForOne() {
        List<Author> authors = new ArrayList<>();

        Authors.find(
                List.of(
                        "Secretary-General: jane doe",
                        "Secretary-General: Jane",
                        "Secretary-General: Jane Doe 2",
                        "Secretary-General: Dear delegates, welcome.",
                        "Secretary-General: One Two Three Four Five Six"),
                authors);

        assertThat(authors).isEmpty();
    }

    @Test
    void aRoleWithoutAColonNamesThePersonAboveItNeverTheWordsAfterItOrTheLineBelow() {
        List<Author> authors = new ArrayList<>();

        Authors.find(List.of("Secretary-General", "Jane Doe", "Ali Veli", "Secretary-General Mehmet Kaya"), authors);

        assertThat(authors).containsExactly(new Author("Ali Veli", "Secretary-General"));
    }

    @Test
    void aRoleWithWordsAfterItsColonThatAreNoNameDoesNotTakeTheNextLine() {
        List<Author> authors = new ArrayList<>();

        Authors.find(List.of("Secretary-General: the chair", "Jane Doe"), authors);

        assertThat(authors).isEmpty();
    }

    @Test
    void aNameHasUpToFiveWordsAndEightyCharactersAndIsNoRole() {
        String eighty = "Jane " + "A".repeat(75);
        List<Author> authors = new ArrayList<>();

        Authors.find(List.of("One Two Three Four Five", "Academic Assistant"), authors);
        Authors.find(List.of(eighty, "Academic Assistant"), authors);
        Authors.find(List.of(eighty + "A", "Academic Assistant"), authors);
        Authors.find(List.of("Secretary-General:", "Academic Assistants"), authors);

        assertThat(authors)
                .containsExactly(
                        new Author("One Two Three Four Five", "Academic Assistant"),
                        new Author(eighty, "Academic Assistant"));
    }

    @Test
    void aRoleWithAColonOnTheLastLineNamesThePersonAboveItAndANameHasNoFullStop() {
        List<Author> authors = new ArrayList<>();

        Authors.find(List.of("Secretary-General: Jane Doe.", "Ali Veli", "Academic Assistant:"), authors);

        assertThat(authors).containsExactly(new Author("Ali Veli", "Academic Assistant"));
    }

    @Test
    void aLabelledTitlePageIsReadByItsLabels() {
        TitlePage page = TitlePage.read(List.of(
                "ACIMUN'25",
                "Antalya Model United Nations Conference 2025",
                "Committee: Shanghai Cooperation Organisation",
                "Agenda Item:",
                "2022 Kazakhstan Protests"));

        assertThat(page)
                .isEqualTo(new TitlePage(
                        "Antalya Model United Nations Conference 2025",
                        "Shanghai Cooperation Organisation",
                        "2022 Kazakhstan Protests"));
    }

    @Test
    void withoutLabelsTheFirstShortLineLeftIsTheCommittee() {
        TitlePage page = TitlePage.read(List.of(
                "MUN",
                "Welcome to the conference of the year",
                "Topic:",
                "Water Security",
                "Security Council",
                "Another short line"));

        assertThat(page.conference()).isEqualTo("Welcome to the conference of the year");
        assertThat(page.agendaItem()).isEqualTo("Water Security");
        assertThat(page.committee()).isEqualTo("Security Council");
    }

    @Test
    void ofTwoEquallyLongConferenceLinesTheFirstIsTheConferenceAndEightWordsStillNameACommittee() {
        TitlePage page =
                TitlePage.read(List.of("IZMIR MUN 2025", "BURSA MUN 2025", "one two three four five six seven eight"));

        assertThat(page.conference()).isEqualTo("IZMIR MUN 2025");
        assertThat(page.committee()).isEqualTo("one two three four five six seven eight");
    }

    @Test
    void anEmptyTitlePageNamesNothing() {
        assertThat(TitlePage.read(List.of("Agenda:"))).isEqualTo(new TitlePage(null, null, null));
        assertThat(TitlePage.read(List.of("one two three four five six seven eight nine")))
                .isEqualTo(new TitlePage(null, null, null));
    }
}
