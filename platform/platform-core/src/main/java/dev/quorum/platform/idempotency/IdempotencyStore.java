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
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Remembers, per key, the request's fingerprint and the first lasting response, in the service's
 * own database. Claiming a key is one insert on a unique id, so two concurrent requests with the
 * same key can never both run. Each claim has an owner, and only its owner completes or releases
 * it: a request whose claim was taken over can no longer touch the new claim.
 *
 * <p>Records expire after the retention on every store alike: a TTL index where MongoDB enforces it,
 * and, where it does not (the embedded server), a record past its retention is ignored and deleted
 * when read, and {@link #purgeExpired()} deletes the rest.
 *
 * <p>A running claim also carries its owner in {@code claim}, under a sparse unique index, and the
 * owner completes or releases it by that one field: the embedded server uses an index only for a
 * filter naming exactly its fields, so a filter on id, owner and state would read every record
 * kept, once per request (ADR 39).
 */
class IdempotencyStore {
    static final String COLLECTION = "idempotency_keys";
    static final String CREATED_AT = "createdAt";
    private static final String ID = "_id";
    private static final String OWNER = "owner";
    private static final String STATE = "state";
    /** The owner of a running claim; unset once the claim is done. Owners are fresh UUIDs. */
    private static final String CLAIM = "claim";

    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String DONE = "DONE";
    /** A key deleted by its owner's release between our insert and our read: claim again, a few times. */
    private static final int ATTEMPTS = 3;

    private final MongoCollection<Document> keys;
    private final Clock clock;
    private final Duration retention;
    private final Duration abandonAfter;

    IdempotencyStore(MongoDatabase database, Clock clock, Duration retention, Duration abandonAfter) {
        this.keys = database.getCollection(COLLECTION);
        this.clock = clock;
        this.retention = retention;
        this.abandonAfter = abandonAfter;
        ExpiryIndex.ensure(database, COLLECTION, CREATED_AT, retention);
        keys.createIndex(
                Indexes.ascending(CLAIM), new IndexOptions().unique(true).sparse(true));
    }

    /** What claiming a key found. */
    sealed interface Claim {}

    /** The key is this request's now; {@code owner} completes or releases it. */
    record Claimed(String owner) implements Claim {}

    /** Another request holds the key: its record, running ({@link #isDone()} false) or done. */
    record Taken(Document record) implements Claim {
        String fingerprint() {
            return record.getString("fingerprint");
        }

        boolean isDone() {
            return DONE.equals(record.getString(STATE));
        }

        RecordedResponse response() {
            return RecordedResponse.fromDocument(record.get("response", Document.class));
        }
    }

    Claim claim(String id, String fingerprint) {
        Instant now = clock.instant();
        String owner = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (insert(id, fingerprint, owner, now)) {
                return new Claimed(owner);
            }
            if (keys.deleteOne(Filters.and(Filters.eq(ID, id), expiredAt(now))).getDeletedCount() > 0) {
                continue;
            }
            // A claim left behind by a crashed request may be taken over after a while.
            Document taken = keys.findOneAndUpdate(
                    Filters.and(
                            Filters.eq(ID, id),
                            Filters.eq(STATE, IN_PROGRESS),
                            Filters.lt(CREATED_AT, Date.from(now.minus(abandonAfter)))),
                    Updates.combine(
                            Updates.set("fingerprint", fingerprint),
                            Updates.set(OWNER, owner),
                            Updates.set(CLAIM, owner),
                            Updates.set(CREATED_AT, Date.from(now))));
            if (taken != null) {
                return new Claimed(owner);
            }
            Document existing = keys.find(Filters.eq(ID, id)).first();
            if (existing != null) {
                return new Taken(existing);
            }
        }
        throw new IllegalStateException("Idempotency key " + id + " keeps being claimed and released");
    }

    /** Records the answer of the owner's request; false when its claim was taken over meanwhile. */
    boolean complete(String id, String owner, RecordedResponse response) {
        return keys.updateOne(
                                ownedClaim(owner),
                                Updates.combine(
                                        Updates.set(STATE, DONE),
                                        Updates.unset(CLAIM),
                                        Updates.set("response", response.toDocument())))
                        .getModifiedCount()
                > 0;
    }

    /** Forgets the owner's claim, so that a retry runs again; nothing if another request holds it. */
    void release(String id, String owner) {
        keys.deleteOne(ownedClaim(owner));
    }

    /** Deletes every record past its retention; the number deleted. */
    long purgeExpired() {
        return keys.deleteMany(expiredAt(clock.instant())).getDeletedCount();
    }

    private boolean insert(String id, String fingerprint, String owner, Instant now) {
        try {
            keys.insertOne(new Document(ID, id)
                    .append(OWNER, owner)
                    .append(CLAIM, owner)
                    .append(STATE, IN_PROGRESS)
                    .append("fingerprint", fingerprint)
                    .append(CREATED_AT, Date.from(now)));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    private Bson expiredAt(Instant now) {
        return Filters.lt(CREATED_AT, Date.from(now.minus(retention)));
    }

    /**
     * The owner's running claim. {@code claim} is set only while a claim runs and owners are never
     * reused, so the one field names exactly the record that {@code id}, owner and state would.
     */
    private static Bson ownedClaim(String owner) {
        return Filters.eq(CLAIM, owner);
    }
}
