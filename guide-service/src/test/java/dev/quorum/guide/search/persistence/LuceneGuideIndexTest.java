package dev.quorum.guide.search.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.guide.search.application.SearchHit;
import dev.quorum.guide.search.application.SearchableEdition;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LuceneGuideIndexTest {
    private final LuceneGuideIndex index = new LuceneGuideIndex();

    LuceneGuideIndexTest() throws Exception {}

    @AfterEach
    void close() throws Exception {
        index.destroy();
    }

    @Test
    void turkishKazakhAndRussianWordsMatchWhateverTheirCaseAndDiacritics() {
        index.put(edition("tr", "conf", 1, "Letters", "I am Ece Yiğit, the Under-Secretary-General."));
        index.put(edition("kk", "conf", 1, "Тарих", "ҚАЗАҚ хандығы 1465 жылы құрылды."));
        index.put(edition("ru", "conf", 1, "История", "Казахская ССР была образована в 1936 году."));

        assertThat(guideIds("yigit")).containsExactly("tr");
        assertThat(guideIds("YİĞİT")).containsExactly("tr");
        assertThat(guideIds("Қазақ")).containsExactly("kk");
        assertThat(guideIds("қазақ")).containsExactly("kk");
        assertThat(guideIds("КАЗАХСКАЯ")).containsExactly("ru");
        assertThat(guideIds("казахская")).containsExactly("ru");
    }

    @Test
    void moreMatchesRankHigherAndSnippetsMarkTheWordsWithTheRestEscaped() {
        index.put(edition("once", "conf", 1, "Economy", "The protests began over <b>fuel</b> prices."));
        index.put(edition(
                "often", "conf", 1, "Protests", "Protests spread; the protests turned violent; protests ended."));

        List<SearchHit> hits = index.search("conf", "protests", 10);

        assertThat(hits).extracting(SearchHit::guideId).containsExactly("often", "once");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        assertThat(String.join(" ", hits.get(1).snippets()))
                .contains("<mark>protests</mark>")
                .doesNotContain("<b>")
                .contains("&lt;b&gt;");
    }

    @Test
    void searchesStayWithinTheConference() {
        index.put(edition("a", "conf-a", 1, "SCO", "Mutiny in the ranks."));
        index.put(edition("b", "conf-b", 1, "SCO", "Mutiny in the ranks."));

        assertThat(index.search("conf-a", "mutiny", 10))
                .extracting(SearchHit::guideId)
                .containsExactly("a");
    }

    @Test
    void aNewerEditionReplacesTheGuideAndAReplayedOlderOneDoesNot() {
        index.put(edition("g", "conf", 1, "SCO", "Oligarchy."));
        index.put(edition("g", "conf", 2, "SCO", "Propaganda."));
        index.put(edition("g", "conf", 1, "SCO", "Oligarchy."));

        assertThat(index.search("conf", "oligarchy", 10)).isEmpty();
        assertThat(index.search("conf", "propaganda", 10))
                .extracting(SearchHit::edition)
                .containsExactly(2);
    }

    @Test
    void aQueryWithoutWordsFindsNothing() {
        index.put(edition("g", "conf", 1, "SCO", "Text."));

        assertThat(index.search("conf", " ?! ", 10)).isEmpty();
    }

    private List<String> guideIds(String query) {
        return index.search("conf", query, 10).stream().map(SearchHit::guideId).toList();
    }

    private static SearchableEdition edition(
            String guideId, String conferenceId, int number, String title, String body) {
        return new SearchableEdition(guideId, conferenceId, "com", number, title, body);
    }
}
