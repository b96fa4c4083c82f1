package dev.quorum.guide.guide.application;

import dev.quorum.guide.guide.domain.Guide;
import dev.quorum.platform.outbox.PendingEvent;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Guides (their drafts) by id and by conference, each stored with its outbox of pending events. */
public interface GuideRepository {
    void insert(Guide guide, List<PendingEvent> events);

    /**
     * Stores {@code guide} if the stored one is still at {@code expectedVersion}.
     *
     * @return false when someone else changed it first (nothing stored)
     */
    boolean update(Guide guide, long expectedVersion, List<PendingEvent> events);

    Optional<Guide> find(String guideId);

    /**
     * The conference's guides, oldest first: all of them when {@code drafts} is empty, else those
     * published at least once or of one of the committees in {@code drafts.get()}.
     */
    Page findPage(
            String conferenceId,
            Optional<String> committeeId,
            Optional<Collection<String>> draftsOf,
            int page,
            int size);

    /** Every guide published at least once, for rebuilding the search index. */
    List<Guide> findPublished();

    /** A study guide as lists show it. */
    record Summary(String id, String committeeId, String title, long version, int editions) {}

    record Page(List<Summary> items, long total) {}
}
