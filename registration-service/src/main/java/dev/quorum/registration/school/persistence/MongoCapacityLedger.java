package dev.quorum.registration.school.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import dev.quorum.registration.school.application.CapacityLedger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * One document per conference in {@code capacity_ledgers}: {@code {_id: conferenceId, accepted: n,
 * holders: {schoolId: {delegates, since}}}}. {@code accepted} and {@code holders} change in the
 * same single-document write, so {@code accepted} is always the sum of the holdings and can never
 * go below zero: a release takes back only what a school holds.
 */
@Repository
class MongoCapacityLedger implements CapacityLedger {
    static final String COLLECTION = "capacity_ledgers";
    static final String ACCEPTED = "accepted";
    static final String HOLDERS = "holders";

    private final MongoCollection<Document> ledgers;
    private final Clock clock;

    MongoCapacityLedger(MongoDatabase database, Clock clock) {
        this.ledgers = database.getCollection(COLLECTION);
        this.clock = clock;
        // Ledgers from before holdings were kept school by school counted nothing while the
        // conference had no capacity: they start again from zero, and the reconciler's pass at
        // start counts every accepted school in them.
        ledgers.updateMany(
                Filters.exists(HOLDERS, false),
                Updates.combine(Updates.set(ACCEPTED, 0), Updates.set(HOLDERS, new Document())));
    }

    @Override
    public boolean reserve(String conferenceId, String schoolId, int delegates, Optional<Integer> capacity) {
        ensureExists(conferenceId);
        List<Bson> filter =
                new ArrayList<>(List.of(Filters.eq("_id", conferenceId), Filters.exists(holder(schoolId), false)));
        capacity.ifPresent(c -> filter.add(Filters.lte(ACCEPTED, c - delegates)));
        Bson hold = Updates.combine(
                Updates.inc(ACCEPTED, delegates),
                Updates.set(
                        holder(schoolId),
                        new Document("delegates", delegates).append("since", Date.from(clock.instant()))));
        if (ledgers.updateOne(Filters.and(filter), hold).getModifiedCount() == 1) {
            return true;
        }
        return holdings(conferenceId).containsKey(schoolId);
    }

    @Override
    public void release(String conferenceId, String schoolId) {
        Holding held = holdings(conferenceId).get(schoolId);
        if (held == null) {
            return;
        }
        // A holding never changes once made, so matching its size lets exactly one of two racing
        // releases take it back.
        ledgers.updateOne(
                Filters.and(
                        Filters.eq("_id", conferenceId), Filters.eq(holder(schoolId) + ".delegates", held.delegates())),
                Updates.combine(Updates.inc(ACCEPTED, -held.delegates()), Updates.unset(holder(schoolId))));
    }

    @Override
    public Map<String, Holding> holdings(String conferenceId) {
        Document ledger = ledgers.find(Filters.eq("_id", conferenceId)).first();
        Map<String, Holding> holdings = new LinkedHashMap<>();
        if (ledger != null && ledger.get(HOLDERS) instanceof Document holders) {
            holders.forEach((school, value) -> {
                Document h = (Document) value;
                holdings.put(
                        school,
                        new Holding(
                                h.getInteger("delegates"), h.getDate("since").toInstant()));
            });
        }
        return holdings;
    }

    @Override
    public List<String> conferences() {
        List<String> ids = new ArrayList<>();
        ledgers.find().projection(Projections.include("_id")).forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    private void ensureExists(String conferenceId) {
        try {
            ledgers.insertOne(
                    new Document("_id", conferenceId).append(ACCEPTED, 0).append(HOLDERS, new Document()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private static String holder(String schoolId) {
        return HOLDERS + "." + schoolId;
    }
}
