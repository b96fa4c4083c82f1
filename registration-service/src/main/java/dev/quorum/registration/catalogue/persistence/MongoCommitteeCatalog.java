package dev.quorum.registration.catalogue.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import dev.quorum.platform.consumer.IdempotentWrites;
import dev.quorum.registration.catalogue.application.CommitteeCatalog;
import dev.quorum.registration.catalogue.domain.Committee;
import dev.quorum.registration.catalogue.domain.Seat;
import dev.quorum.registration.catalogue.domain.SeatKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * One document per committee in {@code committees}, each written in one upsert guarded by the
 * committee version ({@link IdempotentWrites#upsertIfNewer}), so redeliveries and late older
 * snapshots change nothing. A seat snapshot replaces the seat array whole.
 */
@Repository
class MongoCommitteeCatalog implements CommitteeCatalog {
    static final String COLLECTION = "committees";

    private final MongoCollection<Document> committees;

    MongoCommitteeCatalog(MongoDatabase database) {
        this.committees = database.getCollection(COLLECTION);
        committees.createIndex(Indexes.ascending("conferenceId", "name", "_id"));
    }

    @Override
    public boolean record(Committee c, long version) {
        return IdempotentWrites.upsertIfNewer(
                committees,
                c.id(),
                version,
                new Document("conferenceId", c.conferenceId())
                        .append("name", c.name())
                        .append("abbreviation", c.abbreviation())
                        .append("delegationSize", c.delegationSize())
                        .append("seats", toDocuments(c.seats())));
    }

    @Override
    public boolean recordSeats(
            String committeeId, String conferenceId, int delegationSize, List<Seat> seats, long version) {
        return IdempotentWrites.upsertIfNewer(
                committees,
                committeeId,
                version,
                new Document("conferenceId", conferenceId)
                        .append("delegationSize", delegationSize)
                        .append("seats", toDocuments(seats)));
    }

    @Override
    public List<Committee> committeesOf(String conferenceId) {
        List<Committee> items = new ArrayList<>();
        committees
                .find(Filters.eq("conferenceId", conferenceId))
                .sort(byName())
                .forEach(d -> items.add(toCommittee(d)));
        return items;
    }

    @Override
    public Page committeesOf(String conferenceId, int page, int size) {
        Bson filter = Filters.eq("conferenceId", conferenceId);
        List<Committee> items = new ArrayList<>();
        committees.find(filter).sort(byName()).skip(page * size).limit(size).forEach(d -> items.add(toCommittee(d)));
        return new Page(items, committees.countDocuments(filter));
    }

    @Override
    public Optional<Committee> findCommittee(String conferenceId, String committeeId) {
        return Optional.ofNullable(committees
                        .find(Filters.and(Filters.eq("_id", committeeId), Filters.eq("conferenceId", conferenceId)))
                        .first())
                .map(MongoCommitteeCatalog::toCommittee);
    }

    @Override
    public List<Committee> findCommittees(String conferenceId, Collection<String> committeeIds) {
        List<Committee> found = new ArrayList<>();
        committees
                .find(Filters.and(Filters.in("_id", committeeIds), Filters.eq("conferenceId", conferenceId)))
                .forEach(d -> found.add(toCommittee(d)));
        return found;
    }

    private static Bson byName() {
        return Sorts.ascending("name", "_id");
    }

    private static List<Document> toDocuments(List<Seat> seats) {
        return seats.stream()
                .map(s -> new Document("seatId", s.id())
                        .append("name", s.name())
                        .append("kind", s.kind().name()))
                .toList();
    }

    private static Committee toCommittee(Document d) {
        List<Seat> seats = d.getList("seats", Document.class, List.of()).stream()
                .map(s -> new Seat(s.getString("seatId"), s.getString("name"), SeatKind.valueOf(s.getString("kind"))))
                .toList();
        return new Committee(
                d.getString("_id"),
                d.getString("conferenceId"),
                d.getString("name"),
                d.getString("abbreviation"),
                d.getInteger("delegationSize"),
                seats);
    }
}
