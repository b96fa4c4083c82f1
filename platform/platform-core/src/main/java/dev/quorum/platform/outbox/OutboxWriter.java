package dev.quorum.platform.outbox;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Saves an aggregate together with the events its change caused in ONE single-document write,
 * so that a state change is never stored without its events nor published without being
 * stored. Only the {@link OutboxRelay} removes events, after the broker acknowledged them.
 */
public class OutboxWriter {
    private final Runnable relayWakeUp;

    public OutboxWriter(Runnable relayWakeUp) {
        this.relayWakeUp = relayWakeUp;
    }

    /** Inserts a new aggregate at version 1. */
    public void insert(MongoCollection<Document> collection, Document aggregate, List<PendingEvent> events) {
        Document doc = new Document(aggregate);
        doc.put(OutboxFields.VERSION, 1L);
        doc.put(OutboxFields.OUTBOX, toDocuments(events));
        try {
            collection.insertOne(doc);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new DuplicateAggregateException("It already exists.");
            }
            throw e;
        }
        wakeRelayIf(events);
    }

    /**
     * Replaces the aggregate's state fields and appends its new events, if and only if the stored
     * version is still {@code expectedVersion}. The outbox is appended with {@code $push}, never
     * overwritten, so events the relay has not yet removed are never lost or resurrected.
     *
     * @return the new version
     * @throws StaleAggregateException when someone else changed it first
     */
    public long update(
            MongoCollection<Document> collection,
            Object id,
            long expectedVersion,
            Document state,
            List<PendingEvent> events) {
        List<Bson> updates = new ArrayList<>();
        state.forEach((field, value) -> {
            if (!OutboxFields.RESERVED.contains(field)) {
                updates.add(Updates.set(field, value));
            }
        });
        updates.add(Updates.set(OutboxFields.VERSION, expectedVersion + 1));
        if (!events.isEmpty()) {
            updates.add(Updates.pushEach(OutboxFields.OUTBOX, toDocuments(events)));
        }
        UpdateResult result = collection.updateOne(
                Filters.and(Filters.eq("_id", id), Filters.eq(OutboxFields.VERSION, expectedVersion)),
                Updates.combine(updates));
        if (result.getMatchedCount() == 0) {
            throw new StaleAggregateException("It was changed by someone else; reload and try again.");
        }
        wakeRelayIf(events);
        return expectedVersion + 1;
    }

    /**
     * Applies {@code update} to the one document matching {@code filter} and appends its events, in
     * one atomic write, and bumps its version. For changes guarded by a condition on the stored
     * state rather than by a version the caller read (e.g. "seat a delegate only while the seat has
     * room"): concurrent requests can then never both succeed.
     *
     * @return false when no document matched (nothing changed, no event recorded)
     */
    public boolean updateWhere(
            MongoCollection<Document> collection, Bson filter, Bson update, List<PendingEvent> events) {
        List<Bson> updates = new ArrayList<>();
        updates.add(update);
        updates.add(Updates.inc(OutboxFields.VERSION, 1L));
        if (!events.isEmpty()) {
            updates.add(Updates.pushEach(OutboxFields.OUTBOX, toDocuments(events)));
        }
        boolean matched = collection.updateOne(filter, Updates.combine(updates)).getMatchedCount() == 1;
        if (matched) {
            wakeRelayIf(events);
        }
        return matched;
    }

    private void wakeRelayIf(List<PendingEvent> events) {
        if (!events.isEmpty()) {
            relayWakeUp.run();
        }
    }

    private static List<Document> toDocuments(List<PendingEvent> events) {
        return events.stream().map(PendingEvent::toDocument).toList();
    }
}
