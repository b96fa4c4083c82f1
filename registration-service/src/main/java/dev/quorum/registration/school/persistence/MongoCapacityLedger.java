package dev.quorum.registration.school.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.quorum.registration.school.application.CapacityLedger;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** One document per conference in {@code capacity_ledgers}: {@code {_id: conferenceId, accepted: n}}. */
@Repository
class MongoCapacityLedger implements CapacityLedger {
    private final MongoCollection<Document> ledgers;

    MongoCapacityLedger(MongoDatabase database) {
        this.ledgers = database.getCollection("capacity_ledgers");
    }

    @Override
    public boolean tryReserve(String conferenceId, int capacity, int delegates) {
        ensureExists(conferenceId);
        return ledgers.updateOne(
                                Filters.and(
                                        Filters.eq("_id", conferenceId), Filters.lte("accepted", capacity - delegates)),
                                Updates.inc("accepted", delegates))
                        .getModifiedCount()
                == 1;
    }

    @Override
    public void release(String conferenceId, int delegates) {
        ledgers.updateOne(Filters.eq("_id", conferenceId), Updates.inc("accepted", -delegates));
    }

    @Override
    public int accepted(String conferenceId) {
        Document ledger = ledgers.find(Filters.eq("_id", conferenceId)).first();
        return ledger == null ? 0 : ledger.getInteger("accepted");
    }

    private void ensureExists(String conferenceId) {
        try {
            ledgers.insertOne(new Document("_id", conferenceId).append("accepted", 0));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
