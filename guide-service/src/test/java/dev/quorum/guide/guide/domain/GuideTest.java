package dev.quorum.guide.guide.domain;

import static dev.quorum.guide.guide.domain.Guides.T0;
import static dev.quorum.guide.guide.domain.Guides.guide;
import static dev.quorum.guide.guide.domain.Guides.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class GuideTest {
    private static final Instant T1 = T0.plusSeconds(60);

    @Test
    void editingASectionReplacesOnlyItsTextAndBumpsTheVersion() {
        Guide guide = guide(section("intro", "Introduction", 1, "Old."), section("history", "History", 1, "Past."));

        Guide edited = guide.withSectionText("intro", "New *text*.", T1);

        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.updatedAt()).isEqualTo(T1);
        assertThat(edited.content().sections())
                .containsExactly(
                        section("intro", "Introduction", 1, "New *text*."), section("history", "History", 1, "Past."));
        assertThat(edited.content())
                .usingRecursiveComparison()
                .ignoringFields("sections")
                .isEqualTo(guide.content());
        assertThat(guide.content().sections().get(0).markdown())
                .as("the original is untouched")
                .isEqualTo("Old.");
    }

    @Test
    void editingALaterSectionLeavesTheFirstAlone() {
        Guide guide = guide(section("intro", "Introduction", 1, "Old."), section("history", "History", 1, "Past."));

        Guide edited = guide.withSectionText("history", "Since 1991.", T1);

        assertThat(edited.content().sections())
                .containsExactly(
                        section("intro", "Introduction", 1, "Old."), section("history", "History", 1, "Since 1991."));
    }

    @Test
    void aGuideIsListedUnderItsAgendaItem() {
        assertThat(guide(section("intro", "Introduction", 1, "Text.")).title()).isEqualTo("2022 Kazakhstan Protests");
    }

    @Test
    void editingAnUnknownSectionIsRefused() {
        assertThatThrownBy(() -> guide(section("intro", "Introduction", 1, "x")).withSectionText("nope", "y", T1))
                .isInstanceOf(UnknownSectionException.class);
    }

    @Test
    void editionsAreNumberedFromOneAndSnapshotTheDraftVersion() {
        Guide guide = guide(section("intro", "Introduction", 1, "Text.")).withSectionText("intro", "More.", T1);

        Edition first = guide.nextEdition(T1);

        assertThat(first.number()).isEqualTo(1);
        assertThat(first.sourceVersion()).isEqualTo(2);
        assertThat(first.content()).isEqualTo(guide.content());
        assertThat(first.title()).isEqualTo("2022 Kazakhstan Protests");
    }
}
