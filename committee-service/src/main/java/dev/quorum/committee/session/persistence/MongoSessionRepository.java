package dev.quorum.committee.session.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import dev.quorum.committee.session.application.SessionRepository;
import dev.quorum.committee.session.domain.Caucus;
import dev.quorum.committee.session.domain.SessionState;
import dev.quorum.platform.outbox.OutboxFields;
import dev.quorum.platform.outbox.OutboxWriter;
import dev.quorum.platform.outbox.PendingEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Sessions in {@code sessions}, with the string fields {@code committeeId} and {@code state}
 * ({@code ADJOURNED} once closed) that the committees code reads to refuse changes while a session
 * is open. A unique index on {@code liveKey} (the committee id while the session is not
 * adjourned, the session's own id after) lets a committee have one open session at a time, however
 * many chairs open one at once; the embedded store has no partial indexes, hence the key.
 */
@Repository
class MongoSessionRepository implements SessionRepository {
    static final String COLLECTION = "sessions";
    /** When the running caucus's timer reaches zero; null without a caucus or while it is paused. */
    static final String CAUCUS_ENDS_AT = "caucusEndsAt";

    private final MongoCollection<Document> sessions;
    private final OutboxWriter outbox;

    MongoSessionRepository(MongoDatabase database, OutboxWriter outbox) {
        this.sessions = database.getCollection(COLLECTION);
        this.outbox = outbox;
        // sparse: documents written without the key (by other code or tests) are not held to it
        sessions.createIndex(
                Indexes.ascending("liveKey"), new IndexOptions().unique(true).sparse(true));
        sessions.createIndex(Indexes.ascending("committeeId", "state"));
        sessions.createIndex(Indexes.ascending(CAUCUS_ENDS_AT));
        // a committee's sessions newest first (GET /api/committees/{id}/sessions)
        sessions.createIndex(Indexes.compoundIndex(
                Indexes.ascending("committeeId"), Indexes.descending("openedAt"), Indexes.descending("_id")));
    }

    @Override
    public void insert(Stored session, List<PendingEvent> events) {
        outbox.insert(sessions, toDocument(session), events);
    }

    @Override
    public void update(Stored session, long expectedVersion, List<PendingEvent> events) {
        outbox.update(sessions, session.id(), expectedVersion, toDocument(session), events);
    }

    @Override
    public Optional<Stored> findById(String sessionId) {
        return Optional.ofNullable(sessions.find(Filters.eq("_id", sessionId)).first())
                .map(MongoSessionRepository::toStored);
    }

    @Override
    public List<String> caucusesRunOutBy(Instant now, int limit) {
        return sessions.find(Filters.lte(CAUCUS_ENDS_AT, Date.from(now)))
                .projection(new Document("_id", 1))
                .limit(limit)
                .map(d -> d.getString("_id"))
                .into(new ArrayList<>());
    }

    @Override
    public Page listByCommittee(String committeeId, boolean openOnly, int page, int size) {
        Bson filter = openOnly
                ? Filters.and(
                        Filters.eq("committeeId", committeeId), Filters.ne("state", SessionState.ADJOURNED.name()))
                : Filters.eq("committeeId", committeeId);
        List<Summary> items = sessions.find(filter)
                .projection(Projections.include("committeeId", "state", OutboxFields.VERSION, "openedAt"))
                .sort(Sorts.descending("openedAt", "_id"))
                .skip(page * size)
                .limit(size)
                .map(d -> new Summary(
                        d.getString("_id"),
                        d.getString("committeeId"),
                        d.getString("state"),
                        d.get(OutboxFields.VERSION, Number.class).longValue(),
                        d.getDate("openedAt").toInstant()))
                .into(new ArrayList<>());
        return new Page(items, sessions.countDocuments(filter));
    }

    private static Document toDocument(Stored s) {
        boolean adjourned = s.data().state() == SessionState.ADJOURNED;
        Caucus caucus = s.data().caucus();
        // always written (null when nothing runs): an update sets fields and would keep a stale deadline
        boolean running = caucus != null && !caucus.timer().paused();
        return SessionDocuments.data(s.data())
                .append(CAUCUS_ENDS_AT, running ? Date.from(caucus.timer().endsAt()) : null)
                .append("_id", s.id())
                .append("committeeId", s.committeeId())
                .append("conferenceId", s.conferenceId())
                .append("liveKey", adjourned ? "adjourned:" + s.id() : s.committeeId())
                .append("openedAt", Date.from(s.openedAt()));
    }

    private static Stored toStored(Document d) {
        return new Stored(
                d.getString("_id"),
                d.getString("committeeId"),
                d.getString("conferenceId"),
                d.get(OutboxFields.VERSION, Number.class).longValue(),
                d.getDate("openedAt").toInstant(),
                SessionDocuments.data(d));
    }
}
