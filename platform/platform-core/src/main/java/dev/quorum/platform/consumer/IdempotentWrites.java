package dev.quorum.platform.consumer;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Applies a consumed event at most once, with the check and the effect in the same
 * single-document write (no separate "processed events" table that could drift).
 */
public final class IdempotentWrites {
    /** The field that remembers the newest aggregate version applied to a read-model document. */
    public static final String SOURCE_VERSION = "sourceVersion";
    /** The field that remembers the position of the newest event applied to a read-model document. */
    public static final String SOURCE_POSITION = "sourcePosition";
    /** The field that remembers the ids of the last events applied to a document. */
    public static final String APPLIED_EVENTS = "appliedEvents";

    private static final int REMEMBERED_EVENT_IDS = 200;

    private IdempotentWrites() {}

    /**
     * Upserts a read-model document from an event carrying the source aggregate's version: the
     * write happens only if the stored version is older. A redelivered or out-of-date event
     * changes nothing.
     *
     * @return true if the event was applied, false if it was already applied (or is older)
     */
    public static boolean upsertIfNewer(
            MongoCollection<Document> collection, Object id, long version, Document fields) {
        return upsertIf(collection, id, SOURCE_VERSION, version, fields);
    }

    /**
     * Upserts a read-model document from an event carrying its position in the source aggregate
     * ({@link IncomingEvent#position()}): the write happens only if the stored position is
     * older. Unlike {@link #upsertIfNewer}, two events of one write (same version) are both
     * applied, in order; a redelivered or out-of-date event changes nothing. Use one of the two
     * per read model, not both.
     *
     * @return true if the event was applied, false if it was already applied (or is older)
     */
    public static boolean upsertIfAfter(
            MongoCollection<Document> collection, Object id, String position, Document fields) {
        return upsertIf(collection, id, SOURCE_POSITION, position, fields);
    }

    /**
     * Applies {@code update} to an existing document unless the event id is among the ids it last
     * applied; for effects that are not snapshots (counters, appended items).
     *
     * @return true if applied, false if this event was applied before (or the document is absent)
     */
    public static boolean updateOnce(MongoCollection<Document> collection, Object id, String eventId, Bson update) {
        var result = collection.updateOne(
                Filters.and(Filters.eq("_id", id), Filters.ne(APPLIED_EVENTS, eventId)),
                Updates.combine(
                        update,
                        Updates.pushEach(
                                APPLIED_EVENTS,
                                List.of(eventId),
                                new com.mongodb.client.model.PushOptions().slice(-REMEMBERED_EVENT_IDS))));
        return result.getModifiedCount() > 0;
    }

    private static boolean upsertIf(
            MongoCollection<Document> collection, Object id, String orderField, Object order, Document fields) {
        List<Bson> updates = new ArrayList<>();
        fields.forEach((field, value) -> updates.add(Updates.set(field, value)));
        updates.add(Updates.set(orderField, order));
        try {
            var result = collection.updateOne(
                    Filters.and(Filters.eq("_id", id), Filters.lt(orderField, order)),
                    Updates.combine(updates),
                    new UpdateOptions().upsert(true));
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            // The filter did not match an existing document, so the upsert tried to insert the same
            // _id: the stored version or position is already this one or newer.
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
