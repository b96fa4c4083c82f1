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
 * The relay's reads and writes on one outbox collection, each a single-document operation keyed
 * by one indexed field, so that none of them scans the collection (not even on the embedded
 * server, which uses an index only when the filter names exactly its field).
 *
 * <p>The pending mark ({@link OutboxFields#PENDING}) is both what the poll finds and the claim's
 * compare-and-set token. Its prefix says who set it, and {@code $max} keeps the order
 * {@code waiting < leased}:
 *
 * <ul>
 *   <li>{@code w…} (waiting) by writers, with {@code $max}: it sets the mark of an unmarked
 *       document, never replaces a lease; later writes make smaller marks, so a writer never
 *       replaces another waiting mark either (a claim's compare-and-set is not raced by a busy
 *       document's writes);
 *   <li>{@code z…} (leased) by the relay that claimed the document: a fresh value per claim, which
 *       is the lease's owner token. Renewing and releasing match it, so a relay whose lease was
 *       taken over (the mark changed) touches nothing of the new owner's.
 * </ul>
 *
 * A release removes the mark in the same write that removes the published events (one write per
 * claim, ADR 41); only if events are left (unacknowledged, or appended during the lease) does a
 * second write mark the document waiting again. A crash between the two leaves events without a
 * mark: {@link #prepareOnce} marks them again at the relay's next start.
 */
final class OutboxStore {
    private static final String WAITING = "w";
    private static final String LEASED = "z";

    private final MongoCollection<Document> collection;
    private final String owner;
    private final Duration lease;
    private boolean prepared;

    OutboxStore(MongoCollection<Document> collection, String owner, Duration lease) {
        this.collection = collection;
        this.owner = owner;
        this.lease = lease;
    }

    /** A fresh mark for a write that appends events, smaller than the marks of earlier writes. */
    static String waitingMark() {
        return WAITING + String.format("%019d", Long.MAX_VALUE - System.currentTimeMillis()) + UUID.randomUUID();
    }

    String name() {
        return collection.getNamespace().getCollectionName();
    }

    /**
     * Creates the index the poll reads and marks the documents whose events were stored before
     * the mark existed (a one-off scan). The index is sparse, so it holds only pending documents,
     * and unique because the embedded server uses unique indexes only; every mark is unique. Also
     * creates the {@code (_id, version)} index that serves {@link OutboxWriter#updateAtVersion}'s
     * guard on the embedded server (redundant on MongoDB, which finds the document by {@code _id}).
     */
    void prepareOnce() {
        if (prepared) {
            return;
        }
        collection.createIndex(
                Indexes.ascending(OutboxFields.PENDING),
                new IndexOptions().name("outbox_pending").unique(true).sparse(true));
        collection.createIndex(
                Indexes.ascending("_id", OutboxFields.VERSION),
                new IndexOptions().name("id_version").unique(true));
        Bson unmarked =
                Filters.and(Filters.exists(OutboxFields.OUTBOX + ".0"), Filters.exists(OutboxFields.PENDING, false));
        List<Object> ids = new ArrayList<>();
        collection.find(unmarked).projection(Projections.include("_id")).forEach(d -> ids.add(d.get("_id")));
        ids.forEach(id -> collection.updateOne(
                Filters.and(Filters.eq("_id", id), unmarked), Updates.set(OutboxFields.PENDING, waitingMark())));
        prepared = true;
    }

    /**
     * Up to {@code limit} pending documents whose lease is free or expired. The query is a bare
     * regular expression on the mark: the embedded server walks only the index's entries, MongoDB
     * scans the index's string range; either way the cost follows the pending documents, not the
     * size of the collection.
     */
    List<Candidate> claimable(Instant now, int limit) {
        List<Candidate> candidates = new ArrayList<>();
        for (Document d : collection
                .find(Filters.regex(OutboxFields.PENDING, "^"))
                .projection(Projections.include(OutboxFields.PENDING, OutboxFields.LEASE))) {
            Document held = d.get(OutboxFields.LEASE, Document.class);
            if (held == null || !held.getDate("until").toInstant().isAfter(now)) {
                candidates.add(new Candidate(d.get("_id"), d.getString(OutboxFields.PENDING)));
                if (candidates.size() == limit) {
                    break;
                }
            }
        }
        return candidates;
    }

    /** Takes the lease if the document's mark is still the one the poll saw. */
    Optional<Claim> claim(Candidate candidate, Instant now) {
        String leased = LEASED + UUID.randomUUID();
        Document doc = collection.findOneAndUpdate(
                Filters.eq(OutboxFields.PENDING, candidate.mark()),
                Updates.combine(
                        Updates.set(OutboxFields.PENDING, leased),
                        Updates.set(
                                OutboxFields.LEASE,
                                new Document("owner", owner).append("until", Date.from(now.plus(lease))))),
                new FindOneAndUpdateOptions()
                        .projection(Projections.include(OutboxFields.OUTBOX))
                        .returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(doc)
                .map(d -> new Claim(candidate.id(), leased, d.getList(OutboxFields.OUTBOX, Document.class, List.of())));
    }

    /** Extends this claim's lease; false when another relay has taken the document over. */
    boolean renew(Claim claim, Instant now) {
        return collection
                        .updateOne(
                                Filters.eq(OutboxFields.PENDING, claim.mark()),
                                Updates.set(OutboxFields.LEASE + ".until", Date.from(now.plus(lease))))
                        .getMatchedCount()
                == 1;
    }

    /**
     * Removes the published and the parked events of a claim, keeps the parked ones in {@link
     * OutboxFields#PARKED}, lets the lease go and removes the mark, in one update; then, only if
     * events are left in the outbox, marks the document waiting again.
     *
     * @return false when the lease was no longer ours: the acknowledged events are still removed
     *     (so they are not published again) but the new owner's lease is left alone
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
        changes.add(Updates.unset(OutboxFields.PENDING));
        Document after = collection.findOneAndUpdate(
                Filters.eq(OutboxFields.PENDING, claim.mark()),
                Updates.combine(changes),
                new FindOneAndUpdateOptions()
                        .projection(Projections.include(OutboxFields.OUTBOX))
                        .returnDocument(ReturnDocument.AFTER));
        if (after == null) {
            if (!acknowledged.isEmpty()) {
                collection.updateOne(Filters.eq("_id", claim.id()), pull(acknowledged));
            }
            return false;
        }
        if (!after.getList(OutboxFields.OUTBOX, Document.class, List.of()).isEmpty()) {
            // $max: a writer may have marked it since; a claim by another relay keeps its lease
            collection.updateOne(Filters.eq("_id", claim.id()), Updates.max(OutboxFields.PENDING, waitingMark()));
        }
        return true;
    }

    /** Removes entries by event id; an entry that lacks one (malformed) matches {@code null}. */
    private static Bson pull(List<String> eventIds) {
        return Updates.pullByFilter(
                new Document(OutboxFields.OUTBOX, new Document("eventId", new Document("$in", eventIds))));
    }

    /** A pending document the poll found, with the mark a claim must still see. */
    record Candidate(Object id, String mark) {}

    /** A document whose lease this relay took: its mark and the outbox entries it held then. */
    record Claim(Object id, String mark, List<Document> entries) {}
}
