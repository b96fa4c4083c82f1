package dev.quorum.platform.outbox;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves an aggregate together with the events its change caused in ONE single-document write,
 * so that a state change is never stored without its events nor published without being
 * stored. Only the {@link OutboxRelay} removes events, after the broker acknowledged them.
 *
 * <p>Every event gets its position from the version the write produces and its index within the
 * write ({@link PendingEvent#position}), so the events of one write stay distinct and ordered for
 * consumers. A write that appends events also marks the document pending ({@link
 * OutboxFields#PENDING}) so that the relay's poll finds it through an index.
 */
public class OutboxWriter {
    private static final Logger log = LoggerFactory.getLogger(OutboxWriter.class);

    private final Runnable relayWakeUp;

    public OutboxWriter(Runnable relayWakeUp) {
        this.relayWakeUp = relayWakeUp;
    }

    /** Inserts a new aggregate at version 1. */
    public void insert(MongoCollection<Document> collection, Document aggregate, List<PendingEvent> events) {
        Document doc = new Document(aggregate);
        doc.put(OutboxFields.VERSION, 1L);
        doc.put(OutboxFields.OUTBOX, toDocuments(events, 1L));
        if (!events.isEmpty()) {
            doc.put(OutboxFields.PENDING, OutboxStore.waitingMark());
        }
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
        if (!updateAtVersion(collection, id, expectedVersion, Updates.combine(updates), events)) {
            throw new StaleAggregateException("It was changed by someone else; reload and try again.");
        }
        return expectedVersion + 1;
    }

    /**
     * Applies {@code update} and appends {@code events} in one atomic write, if and only if the
     * stored version is still {@code expectedVersion}; the events take their positions from
     * {@code expectedVersion + 1}.
     *
     * @return false when the document is absent or its version moved on (nothing changed)
     */
    public boolean updateAtVersion(
            MongoCollection<Document> collection,
            Object id,
            long expectedVersion,
            Bson update,
            List<PendingEvent> events) {
        long newVersion = expectedVersion + 1;
        List<Bson> updates = new ArrayList<>(List.of(update, Updates.set(OutboxFields.VERSION, newVersion)));
        if (!events.isEmpty()) {
            updates.add(Updates.pushEach(OutboxFields.OUTBOX, toDocuments(events, newVersion)));
            // $max: marks the document pending without disturbing a relay's lease (OutboxStore)
            updates.add(Updates.max(OutboxFields.PENDING, OutboxStore.waitingMark()));
        }
        boolean matched = collection
                        .updateOne(
                                // One flat document, not Filters.and (sent as {$and: [...]}): the embedded
                                // server uses an index only for a filter naming exactly its fields, here the
                                // (_id, version) index OutboxStore creates; otherwise it reads the whole
                                // collection on every versioned write (ADR 41). MongoDB treats both alike.
                                new Document("_id", id).append(OutboxFields.VERSION, expectedVersion),
                                Updates.combine(updates))
                        .getMatchedCount()
                == 1;
        if (matched) {
            wakeRelayIf(events);
        }
        return matched;
    }

    /**
     * Applies {@code update} to the one document matching {@code filter} and bumps its version, in
     * one atomic write. For changes guarded by a condition on the stored state rather than by a
     * version the caller read (e.g. "claim this seat only while it is free"): concurrent requests
     * can then never both succeed. It records no events, since their positions need the version
     * the write produces; a change with events uses {@link #updateAtVersion}.
     *
     * @return false when no document matched (nothing changed)
     */
    public boolean updateWhere(MongoCollection<Document> collection, Bson filter, Bson update) {
        return collection
                        .updateOne(filter, Updates.combine(update, Updates.inc(OutboxFields.VERSION, 1L)))
                        .getMatchedCount()
                == 1;
    }

    private void wakeRelayIf(List<PendingEvent> events) {
        if (!events.isEmpty()) {
            // At DEBUG, with the request's trace id: where an event's journey starts (ADR 43).
            if (log.isDebugEnabled()) {
                log.debug(
                        "Stored events {} for publishing",
                        events.stream().map(PendingEvent::type).toList());
            }
            relayWakeUp.run();
        }
    }

    private static List<Document> toDocuments(List<PendingEvent> events, long version) {
        return IntStream.range(0, events.size())
                .mapToObj(i -> events.get(i).at(version, i).toDocument())
                .toList();
    }
}
