package dev.quorum.guide.guide.domain;

import static dev.quorum.guide.guide.domain.Guides.T0;
import static dev.quorum.guide.guide.domain.Guides.content;
import static dev.quorum.guide.guide.domain.Guides.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.guide.guide.domain.SectionDiff.Change;
import org.junit.jupiter.api.Test;

class EditionDiffTest {
    @Test
    void sectionsAreMatchedByIdAndChangedOnesCarryALineDiff() {
        Edition one = edition(
                1,
                content(
                        section("intro", "Introduction", 1, "Line one.\nLine two."),
                        section("history", "History", 1, "Past."),
                        section("old", "Dropped", 2, "Gone soon.")));
        Edition two = edition(
                2,
                content(
                        section("intro", "Introduction", 1, "Line one.\nLine 2, reworded."),
                        section("history", "History", 1, "Past."),
                        section("new", "Added", 2, "Fresh.")));

        var diff = EditionDiff.between(one, two);

        assertThat(diff)
                .extracting(SectionDiff::sectionId, SectionDiff::change)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("intro", Change.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("history", Change.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple("new", Change.ADDED),
                        org.assertj.core.groups.Tuple.tuple("old", Change.REMOVED));
        assertThat(diff.get(0).lines()).contains("-Line two.", "+Line 2, reworded.", " Line one.");
        assertThat(diff.get(1).lines()).isEmpty();
        assertThat(diff.get(2).lines()).contains("+## Added", "+Fresh.");
        assertThat(diff.get(3).lines()).contains("-## Dropped", "-Gone soon.");
    }

    private static Edition edition(int number, GuideContent content) {
        return new Edition("g-1", number, "conf-1", "com-1", content, number, T0);
    }
}
