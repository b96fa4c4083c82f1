package dev.quorum.registration.allocation.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.quorum.platform.outbox.DuplicateAggregateException;
import dev.quorum.platform.outbox.OutboxFields;
import dev.quorum.platform.outbox.OutboxWriter;
import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.registration.allocation.application.SeatAssignmentRepository;
import dev.quorum.registration.allocation.domain.SeatAssignment;
import dev.quorum.registration.delegate.application.DelegateSeats;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * One document per seat of a finalized allocation in {@code seat_assignments}, with {@code _id} =
 * conference id + "/" + seat id: seat ids come from committee-service and are only trusted to be
 * unique within a conference. A released seat keeps its document (its outbox may still hold the
 * events of the release) with no school.
 */
@Repository
class MongoSeatAssignmentRepository implements SeatAssignmentRepository, DelegateSeats {
    static final String COLLECTION = "seat_assignments";

    private final MongoCollection<Document> seats;
    private final OutboxWriter outbox;

    MongoSeatAssignmentRepository(MongoDatabase database, OutboxWriter outbox) {
        this.seats = database.getCollection(COLLECTION);
        this.outbox = outbox;
        seats.createIndex(Indexes.ascending("conferenceId", "schoolId", "committeeId", "seatId"));
        seats.createIndex(Indexes.ascending("conferenceId", "delegates"));
    }

    @Override
    public boolean insertIfAbsent(SeatAssignment a, List<PendingEvent> events) {
        try {
            outbox.insert(
                    seats,
                    new Document("_id", id(a.conferenceId(), a.seatId()))
                            .append("conferenceId", a.conferenceId())
                            .append("seatId", a.seatId())
                            .append("committeeId", a.committeeId())
                            .append("schoolId", a.schoolId().orElse(null))
                            .append("delegationSize", a.delegationSize())
                            .append("delegates", a.delegates()),
                    events);
            return true;
        } catch (DuplicateAggregateException alreadyThere) {
            // Stored by an earlier finalize attempt or another request, and it may have changed since.
            return false;
        }
    }

    @Override
    public Optional<SeatAssignment> find(String conferenceId, String seatId) {
        return first(Filters.eq("_id", id(conferenceId, seatId)));
    }

    @Override
    public Optional<SeatAssignment> findByDelegate(String conferenceId, String delegateId) {
        return first(Filters.and(Filters.eq("conferenceId", conferenceId), Filters.eq("delegates", delegateId)));
    }

    @Override
    public Optional<String> seatOf(String conferenceId, String delegateId) {
        return findByDelegate(conferenceId, delegateId).map(SeatAssignment::seatId);
    }

    @Override
    public Set<String> heldSeatIds(String conferenceId) {
        return seatIds(Filters.and(Filters.eq("conferenceId", conferenceId), Filters.ne("schoolId", null)));
    }

    @Override
    public Set<String> storedSeatIds(String conferenceId) {
        return seatIds(Filters.eq("conferenceId", conferenceId));
    }

    private Set<String> seatIds(Bson filter) {
        Set<String> ids = new HashSet<>();
        seats.find(filter).projection(Projections.include("seatId")).forEach(d -> ids.add(d.getString("seatId")));
        return ids;
    }

    @Override
    public List<SeatAssignment> heldBy(String conferenceId, String schoolId) {
        List<SeatAssignment> held = new ArrayList<>();
        seats.find(Filters.and(Filters.eq("conferenceId", conferenceId), Filters.eq("schoolId", schoolId)))
                .forEach(d -> held.add(toAssignment(d)));
        return held;
    }

    @Override
    public Page page(String conferenceId, Optional<String> schoolId, int page, int size) {
        Bson filter = Filters.and(
                Filters.eq("conferenceId", conferenceId),
                schoolId.map(s -> Filters.eq("schoolId", s)).orElse(Filters.ne("schoolId", null)));
        List<SeatAssignment> items = new ArrayList<>();
        seats.find(filter)
                .sort(Sorts.ascending("committeeId", "seatId"))
                .skip(page * size)
                .limit(size)
                .forEach(d -> items.add(toAssignment(d)));
        return new Page(items, seats.countDocuments(filter));
    }

    @Override
    public boolean update(
            SeatAssignment expected, Optional<String> schoolId, List<String> delegates, List<PendingEvent> events) {
        return outbox.updateAtVersion(
                seats,
                id(expected.conferenceId(), expected.seatId()),
                expected.version(),
                Updates.combine(Updates.set("schoolId", schoolId.orElse(null)), Updates.set("delegates", delegates)),
                events);
    }

    private Optional<SeatAssignment> first(Bson filter) {
        return Optional.ofNullable(seats.find(filter).first()).map(MongoSeatAssignmentRepository::toAssignment);
    }

    private static String id(String conferenceId, String seatId) {
        return conferenceId + "/" + seatId;
    }

    private static SeatAssignment toAssignment(Document d) {
        return new SeatAssignment(
                d.getString("conferenceId"),
                d.getString("seatId"),
                d.getString("committeeId"),
                Optional.ofNullable(d.getString("schoolId")),
                d.getInteger("delegationSize"),
                d.getList("delegates", String.class, List.of()),
                d.get(OutboxFields.VERSION, Number.class).longValue());
    }
}
