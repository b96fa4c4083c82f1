package dev.quorum.voting.seating.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.quorum.platform.consumer.IdempotentWrites;
import dev.quorum.voting.seating.application.Seatings;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * {@code seatings}: one document per seat with the delegates on it. Each event applies in one
 * write guarded by its position in the seat's history, so a redelivered or older event changes
 * nothing.
 */
@Repository
class MongoSeatings implements Seatings {
    private final MongoCollection<Document> seatings;

    MongoSeatings(MongoDatabase database) {
        this.seatings = database.getCollection("seatings");
    }

    @Override
    public boolean seated(String seatId, String committeeId, String delegateId, String position) {
        return apply(
                seatId,
                position,
                Updates.combine(Updates.addToSet("delegates", delegateId), Updates.set("committeeId", committeeId)));
    }

    @Override
    public boolean unseated(String seatId, String committeeId, String delegateId, String position) {
        return apply(
                seatId,
                position,
                Updates.combine(Updates.pull("delegates", delegateId), Updates.set("committeeId", committeeId)));
    }

    @Override
    public boolean sits(String seatId, String delegateId) {
        // By _id alone, the one key the embedded server serves without a scan (ADR 39); checked here.
        Document seating = seatings.find(new Document("_id", seatId))
                .projection(Projections.include("delegates"))
                .first();
        return seating != null
                && seating.getList("delegates", String.class, List.of()).contains(delegateId);
    }

    private boolean apply(String seatId, String position, Bson change) {
        try {
            var result = seatings.updateOne(
                    Filters.and(Filters.eq("_id", seatId), Filters.lt(IdempotentWrites.SOURCE_POSITION, position)),
                    Updates.combine(change, Updates.set(IdempotentWrites.SOURCE_POSITION, position)),
                    new UpdateOptions().upsert(true));
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            // No document matched, so the upsert tried to insert the same _id: the seat has a newer event.
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
