package dev.quorum.platform.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The relay's reads and writes on one outbox collection, each a single-document operation. Leases
 * carry the relay's owner token: a relay renews and releases only a lease it still holds, so it
 * never frees a document another relay took over after its lease ran out.
 */
final class OutboxStore {
    private static final String OWNER = OutboxFields.LEASE + ".owner";
    private static final String UNTIL = OutboxFields.LEASE + ".until";

    private final MongoCollection<Document> collection;
    private final String owner;
    private final Duration lease;
    private boolean prepared;

    OutboxStore(MongoCollection<Document> collection, String owner, Duration lease) {
        this.collection = collection;
        this.owner = owner;
        this.lease = lease;
    }

    String name() {
        return collection.getNamespace().getCollectionName();
    }

    /**
     * Creates the index the poll reads and marks pending the documents whose events were stored
     * before the mark existed (a one-off scan at start-up). The index is sparse, so it holds only
     * pending documents, and unique because the embedded MongoDB server uses unique indexes only;
     * every mark is a fresh random string, so uniqueness costs nothing.
     */
    void prepareOnce() {
        if (prepared) {
            return;
        }
        collection.createIndex(
                Indexes.ascending(OutboxFields.PENDING),
                new IndexOptions().name("outbox_pending").unique(true).sparse(true));
        Bson unmarked =
                Filters.and(Filters.exists(OutboxFields.OUTBOX + ".0"), Filters.exists(OutboxFields.PENDING, false));
        List<Object> ids = new ArrayList<>();
        collection.find(unmarked).projection(Projections.include("_id")).forEach(d -> ids.add(d.get("_id")));
        ids.forEach(id -> collection.updateOne(
                Filters.and(Filters.eq("_id", id), unmarked),
                Updates.set(OutboxFields.PENDING, UUID.randomUUID().toString())));
        prepared = true;
    }

    /**
     * Up to {@code limit} ids of pending documents whose lease is free or expired. The query is a
     * bare regular expression on the pending mark: on the embedded server that walks only the
     * index's entries, on MongoDB it scans the index's string range; either way its cost follows
     * the number of pending documents, not the size of the collection.
     */
    List<Object> claimable(Instant now, int limit) {
        List<Object> ids = new ArrayList<>();
        for (Document d : collection
                .find(Filters.regex(OutboxFields.PENDING, "^"))
                .projection(Projections.include("_id", OutboxFields.LEASE))) {
            Document held = d.get(OutboxFields.LEASE, Document.class);
            if (held == null || !held.getDate("until").toInstant().isAfter(now)) {
                ids.add(d.get("_id"));
                if (ids.size() == limit) {
                    break;
                }
            }
        }
        return ids;
    }

    /** Takes the lease of a pending document if it is (still) free or expired. */
    Optional<Claim> claim(Object id, Instant now) {
        Document doc = collection.findOneAndUpdate(
                Filters.and(
                        Filters.eq("_id", id),
                        Filters.exists(OutboxFields.PENDING),
                        Filters.or(Filters.exists(OutboxFields.LEASE, false), Filters.lte(UNTIL, Date.from(now)))),
                Updates.set(
                        OutboxFields.LEASE, new Document("owner", owner).append("until", Date.from(now.plus(lease)))),
                new FindOneAndUpdateOptions()
                        .projection(Projections.include(OutboxFields.OUTBOX))
                        .returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(doc)
                .map(d -> new Claim(id, d.getList(OutboxFields.OUTBOX, Document.class, List.of())));
    }

    /** Extends this relay's lease; false when another relay has taken the document over. */
    boolean renew(Object id, Instant now) {
        return collection
                        .updateOne(
                                Filters.and(Filters.eq("_id", id), Filters.eq(OWNER, owner)),
                                Updates.set(UNTIL, Date.from(now.plus(lease))))
                        .getMatchedCount()
                == 1;
    }

    /**
     * Removes the published and the parked events of a claim, keeps the parked ones in {@link
     * OutboxFields#PARKED}, and lets the lease go, all in one update. The pending mark goes in the
     * same update when nothing else is left: a writer's append either lands before (then the
     * outbox is longer than the claim and the mark stays) or after (then it sets a new mark).
     *
     * @return false when the lease was no longer ours: the acknowledged events are still removed
     *     (so they are not published again) but the other relay's lease is left alone
     */
    boolean release(Claim claim, List<String> acknowledged, List<Document> parked) {
        List<String> removed = new ArrayList<>(acknowledged);
        parked.forEach(p -> removed.add(p.getString("eventId")));
        List<Bson> changes = new ArrayList<>();
        if (!removed.isEmpty()) {
            changes.add(pull(removed));
        }
        if (!parked.isEmpty()) {
            changes.add(Updates.pushEach(OutboxFields.PARKED, parked));
        }
        changes.add(Updates.unset(OutboxFields.LEASE));
        Bson ours = Filters.and(Filters.eq("_id", claim.id()), Filters.eq(OWNER, owner));
        if (removed.size() == claim.entries().size()) {
            Bson nothingAppended =
                    Filters.exists(OutboxFields.OUTBOX + "." + claim.entries().size(), false);
            List<Bson> emptied = new ArrayList<>(changes);
            emptied.add(Updates.unset(OutboxFields.PENDING));
            if (updated(Filters.and(ours, nothingAppended), emptied)) {
                return true;
            }
        }
        if (updated(ours, changes)) {
            return true;
        }
        if (!acknowledged.isEmpty()) {
            updated(Filters.eq("_id", claim.id()), List.of(pull(acknowledged)));
        }
        return false;
    }

    /** Removes entries by event id; an entry that lacks one (malformed) matches {@code null}. */
    private static Bson pull(List<String> eventIds) {
        return Updates.pullByFilter(
                new Document(OutboxFields.OUTBOX, new Document("eventId", new Document("$in", eventIds))));
    }

    private boolean updated(Bson filter, List<Bson> changes) {
        return collection.updateOne(filter, Updates.combine(changes)).getMatchedCount() == 1;
    }

    /** A document whose lease this relay took, with the outbox entries it held at that moment. */
    record Claim(Object id, List<Document> entries) {}
}
