package dev.quorum.guide.guide.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Import loses and reorders no word the author wrote (issue 11 invariant). */
class LosslessImportTest {

    @ParameterizedTest
    @MethodSource("dev.quorum.guide.guide.domain.TestGuides#all")
    void everyWordOfTheSourceIsInTheGuideInOrder(String name) {
        ImportResult result = TestGuides.importGuide(name);

        List<String> source = WordSequence.ofSource(TestGuides.text(name));
        assertThat(result.report().unplaced()).isEmpty();
        assertThat(source).hasSizeGreaterThan(100);
        assertThat(WordSequence.ofGuide(result.guide())).containsExactlyElementsOf(source);
    }

    @ParameterizedTest
    @MethodSource("dev.quorum.guide.guide.domain.TestGuides#all")
    void importOfTheWrittenMarkdownGivesTheSameGuide(String name) {
        GuideContent guide = TestGuides.importGuide(name).guide();

        ImportResult again = new GuideImporter().importText(GuideMarkdown.write(guide), SourceFormat.MARKDOWN);

        assertThat(again.guide()).isEqualTo(guide);
        assertThat(again.report().unplaced()).isEmpty();
    }
}
