package dev.quorum.committee.committee.application;

import dev.quorum.committee.committee.domain.Committee;
import dev.quorum.platform.outbox.PendingEvent;
import java.util.List;
import java.util.Optional;

/** Committees, each stored with its pending events in one write (ADR 1). */
public interface CommitteeRepository {
    void insert(Committee committee, List<PendingEvent> events);

    /**
     * Stores {@code revised} if the stored version is still {@code revised.version() - 1}.
     *
     * @throws dev.quorum.platform.outbox.StaleAggregateException when another change came first
     */
    void update(Committee revised, List<PendingEvent> events);

    Optional<Committee> findById(String id);

    /** A conference's committees, oldest first. */
    Page findPage(String conferenceId, int page, int size);

    record Page(List<Committee> items, long total) {}
}
