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

    /**
     * One page of a committee's sessions, newest first (by {@code openedAt}, then id).
     *
     * @param openOnly only the session that is not adjourned (at most one)
     */
    Page listByCommittee(String committeeId, boolean openOnly, int page, int size);

    /** A page of session summaries and how many match in all. */
    record Page(List<Summary> items, long total) {}

    /** What a list shows of a session: no seats, lists or timers (read the session for those). */
    record Summary(String sessionId, String committeeId, String state, long version, Instant openedAt) {}

    /** A session as stored, without the committee's seats and rules (read from the committee). */
    record Stored(
            String id, String committeeId, String conferenceId, long version, Instant openedAt, SessionData data) {}
}
