package dev.quorum.platform.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * Remembers, per caller and {@code Idempotency-Key}, the request's fingerprint and the first
 * response, in the service's own database. Claiming a key is one insert on a unique id, so two
 * concurrent requests with the same key can never both run.
 */
class IdempotencyStore {
    static final String COLLECTION = "idempotency_keys";

    private final MongoCollection<Document> keys;
    private final Clock clock;
    private final Duration abandonAfter;

    IdempotencyStore(MongoDatabase database, Clock clock, Duration retention, Duration abandonAfter) {
        this.keys = database.getCollection(COLLECTION);
        this.clock = clock;
        this.abandonAfter = abandonAfter;
        // Real MongoDB expires old keys; the embedded server keeps them (harmless).
        keys.createIndex(
                Indexes.ascending("createdAt"),
                new IndexOptions().expireAfter(retention.toSeconds(), TimeUnit.SECONDS));
    }

    /** Claims the key for this request; empty when claimed, else what is stored under it. */
    Optional<Document> claim(String id, String fingerprint) {
        Instant now = clock.instant();
        try {
            keys.insertOne(new Document("_id", id)
                    .append("state", "IN_PROGRESS")
                    .append("fingerprint", fingerprint)
                    .append("createdAt", Date.from(now)));
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        // A claim left behind by a crashed request may be taken over after a while.
        Document taken = keys.findOneAndUpdate(
                Filters.and(
                        Filters.eq("_id", id),
                        Filters.eq("state", "IN_PROGRESS"),
                        Filters.lt("createdAt", Date.from(now.minus(abandonAfter)))),
                Updates.combine(Updates.set("fingerprint", fingerprint), Updates.set("createdAt", Date.from(now))));
        if (taken != null) {
            return Optional.empty();
        }
        return Optional.ofNullable(keys.find(Filters.eq("_id", id)).first());
    }

    void complete(String id, int status, String contentType, String location, String body) {
        keys.updateOne(
                Filters.eq("_id", id),
                Updates.combine(
                        Updates.set("state", "DONE"),
                        Updates.set("status", status),
                        Updates.set("contentType", contentType),
                        Updates.set("location", location),
                        Updates.set("body", body)));
    }

    /** Forgets a claim whose request failed on our side, so that a retry runs again. */
    void release(String id) {
        keys.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("state", "IN_PROGRESS")));
    }
}
