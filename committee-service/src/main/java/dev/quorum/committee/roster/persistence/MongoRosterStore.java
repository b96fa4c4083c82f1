package dev.quorum.committee.roster.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.quorum.committee.roster.application.RosterStore;
import dev.quorum.committee.roster.domain.RosterEntry;
import dev.quorum.platform.consumer.IdempotentWrites;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * The roster in the {@code roster} collection, one document per seat ({@code _id} = seat id).
 * Every change carries its position check in the same single-document write, like {@link
 * IdempotentWrites#upsertIfAfter}, but with the update each event needs: seating a delegate adds
 * to the seat's delegates rather than replacing a snapshot.
 */
@Repository
class MongoRosterStore implements RosterStore {
    private static final String DELEGATES = "delegateIds";

    private final MongoCollection<Document> roster;

    MongoRosterStore(MongoDatabase database) {
        this.roster = database.getCollection("roster");
        roster.createIndex(Indexes.ascending("committeeId"));
    }

    @Override
    public boolean assigned(String seatId, String committeeId, String schoolId, String position) {
        return applyAfter(
                seatId,
                position,
                Updates.combine(
                        Updates.set("committeeId", committeeId),
                        Updates.set("schoolId", schoolId),
                        Updates.set(DELEGATES, List.of())));
    }

    @Override
    public boolean released(String seatId, String committeeId, String position) {
        return applyAfter(
                seatId,
                position,
                Updates.combine(
                        Updates.set("committeeId", committeeId),
                        Updates.set("schoolId", null),
                        Updates.set(DELEGATES, List.of())));
    }

    @Override
    public boolean seated(String seatId, String committeeId, String schoolId, String delegateId, String position) {
        return applyAfter(
                seatId,
                position,
                Updates.combine(
                        Updates.set("committeeId", committeeId),
                        Updates.set("schoolId", schoolId),
                        Updates.addToSet(DELEGATES, delegateId)));
    }

    @Override
    public boolean unseated(String seatId, String committeeId, String delegateId, String position) {
        return applyAfter(
                seatId,
                position,
                Updates.combine(Updates.set("committeeId", committeeId), Updates.pull(DELEGATES, delegateId)));
    }

    @Override
    public Optional<RosterEntry> find(String seatId) {
        return Optional.ofNullable(roster.find(Filters.eq("_id", seatId)).first())
                .map(MongoRosterStore::toEntry);
    }

    @Override
    public List<RosterEntry> ofCommittee(String committeeId) {
        List<RosterEntry> entries = new ArrayList<>();
        roster.find(Filters.eq("committeeId", committeeId)).forEach(d -> entries.add(toEntry(d)));
        return entries;
    }

    private boolean applyAfter(String seatId, String position, Bson update) {
        try {
            var result = roster.updateOne(
                    Filters.and(Filters.eq("_id", seatId), Filters.lt(IdempotentWrites.SOURCE_POSITION, position)),
                    Updates.combine(update, Updates.set(IdempotentWrites.SOURCE_POSITION, position)),
                    new UpdateOptions().upsert(true));
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            // The filter missed an existing seat, so the upsert tried to insert its _id again: the
            // seat is already at this position or a later one.
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private static RosterEntry toEntry(Document d) {
        List<String> delegates = d.getList(DELEGATES, String.class);
        return new RosterEntry(
                d.getString("_id"),
                d.getString("committeeId"),
                d.getString("schoolId"),
                delegates == null ? List.of() : delegates);
    }
}
