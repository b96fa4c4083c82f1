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
