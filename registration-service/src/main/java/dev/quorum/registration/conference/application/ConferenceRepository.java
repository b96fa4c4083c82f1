package dev.quorum.registration.conference.application;

import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.registration.conference.domain.Conference;
import dev.quorum.registration.conference.domain.ConferenceId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where conferences are kept; every write stores the conference and its events atomically. */
public interface ConferenceRepository {
    void insert(Conference conference, List<PendingEvent> events);

    /** Stores the changed conference if it is still at {@code conference.version()}; else a conflict. */
    void update(Conference conference, List<PendingEvent> events);

    Optional<Conference> findById(ConferenceId id);

    /**
     * A page of conferences in creation order.
     *
     * @param onlyIds restrict to these ids, or every conference when empty
     */
    Page findPage(Optional<Collection<String>> onlyIds, int page, int size);

    record Page(List<Conference> items, long total) {}
}
