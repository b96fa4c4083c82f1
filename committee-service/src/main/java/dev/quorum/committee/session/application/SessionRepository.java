package dev.quorum.committee.session.application;

import dev.quorum.committee.session.domain.SessionData;
import dev.quorum.platform.outbox.PendingEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where sessions are kept: one document each, its pending events inside it (ADR 1). */
public interface SessionRepository {

    /**
     * Stores a new session at version 1.
     *
     * @throws dev.quorum.platform.outbox.DuplicateAggregateException when the committee already has
     *     a session that is not adjourned
     */
    void insert(Stored session, List<PendingEvent> events);

    /**
     * Replaces the session's state and appends its events if it is still at {@code expectedVersion}.
     *
     * @throws dev.quorum.platform.outbox.StaleAggregateException when someone changed it first
     */
    void update(Stored session, long expectedVersion, List<PendingEvent> events);

    Optional<Stored> findById(String sessionId);

    /** Ids of sessions whose running caucus timer reached zero at or before {@code now}. */
    List<String> caucusesRunOutBy(Instant now, int limit);

    /** A session as stored, without the committee's seats and rules (read from the committee). */
    record Stored(
            String id, String committeeId, String conferenceId, long version, Instant openedAt, SessionData data) {}
}
