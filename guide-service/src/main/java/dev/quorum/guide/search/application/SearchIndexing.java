package dev.quorum.guide.search.application;

import dev.quorum.guide.guide.application.EditionRepository;
import dev.quorum.guide.guide.application.GuideRepository;
import dev.quorum.guide.guide.domain.Edition;
import dev.quorum.guide.guide.domain.Guide;
import dev.quorum.guide.guide.domain.GuideContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Feeds the index from the store: every guide's newest edition at start, then each edition a
 * {@code GuidePublished} announces. Editions never change, so indexing one twice, or a rebuild
 * overlapping an event, gives the same index.
 */
@Service
public class SearchIndexing {
    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

    private final GuideRepository guides;
    private final EditionRepository editions;
    private final GuideIndex index;

    public SearchIndexing(GuideRepository guides, EditionRepository editions, GuideIndex index) {
        this.guides = guides;
        this.editions = editions;
        this.index = index;
    }

    /** Indexes the newest edition of every published guide; returns how many. */
    public int rebuild() {
        int count = 0;
        for (Guide guide : guides.findPublished()) {
            editions.find(guide.id(), guide.editions()).ifPresent(this::put);
            count++;
        }
        log.info("Search index holds {} published guides", count);
        return count;
    }

    /** Indexes an edition a {@code GuidePublished} announced (stored before it was announced). */
    public void published(String guideId, int edition) {
        editions.find(guideId, edition).ifPresent(this::put);
    }

    private void put(Edition edition) {
        index.put(searchable(edition));
    }

    public static SearchableEdition searchable(Edition e) {
        return new SearchableEdition(
                e.guideId(), e.conferenceId(), e.committeeId(), e.number(), e.title(), body(e.content()));
    }

    /** The text readers search: title page, letters, key terms, sections, questions and references, in order. */
    static String body(GuideContent c) {
        StringBuilder text = new StringBuilder(c.titlePage()).append("\n\n");
        c.letters()
                .forEach(l -> text.append(l.heading())
                        .append("\n\n")
                        .append(l.markdown())
                        .append("\n\n"));
        c.keyTerms()
                .forEach(k -> text.append(k.term())
                        .append(": ")
                        .append(k.definitionMarkdown())
                        .append("\n\n"));
        c.sections()
                .forEach(s -> text.append(s.title())
                        .append("\n\n")
                        .append(s.markdown())
                        .append("\n\n"));
        c.questions()
                .forEach(q ->
                        text.append(q.number()).append(". ").append(q.text()).append('\n'));
        c.bibliography().forEach(r -> text.append(r.text()).append('\n'));
        return text.toString();
    }
}
