package dev.quorum.registration.allocation.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.quorum.platform.outbox.OutboxFields;
import dev.quorum.platform.outbox.OutboxWriter;
import dev.quorum.registration.allocation.application.AllocationRepository;
import dev.quorum.registration.allocation.domain.AllocationStatus;
import dev.quorum.registration.allocation.domain.Proposal;
import dev.quorum.registration.allocation.domain.ProposedSeat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * One document per proposal in {@code allocations}: {@code seats.<seat>} holds the school of each
 * placed seat and {@code schools.<school>} each school's requested and placed delegates. A manual
 * move is one conditional update of that document ("this seat is free and the school has room"),
 * so a seat has one holder by construction and a school never gets more than it brings. Every
 * change bumps the version, so a finalize decided on a read of the seats never overtakes a move.
 * Conferences that finalized an allocation are recorded in {@code finalized_allocations} by
 * conference id, which makes a second finalized allocation a duplicate key.
 */
@Repository
class MongoAllocationRepository implements AllocationRepository {
    static final String COLLECTION = "allocations";
    private static final String SEATS = "seats";
    private static final String SCHOOLS = "schools";

    private final MongoCollection<Document> allocations;
    private final MongoCollection<Document> finalized;
    private final OutboxWriter outbox;

    MongoAllocationRepository(MongoDatabase database, OutboxWriter outbox) {
        this.allocations = database.getCollection(COLLECTION);
        this.finalized = database.getCollection("finalized_allocations");
        this.outbox = outbox;
    }

    @Override
    public void insert(Proposal p) {
        Document seats = new Document();
        p.seats().forEach(s -> seats.append(FieldKeys.of(s.seatId()), toDocument(s)));
        Map<String, int[]> placed = new LinkedHashMap<>();
        p.requested().keySet().forEach(school -> placed.put(school, new int[1]));
        p.seats().forEach(s -> placed.computeIfAbsent(s.schoolId(), k -> new int[1])[0] += s.delegationSize());
        Document schools = new Document();
        placed.forEach((school, n) -> schools.append(
                FieldKeys.of(school),
                new Document("schoolId", school)
                        .append("requested", p.requested().getOrDefault(school, 0))
                        .append("placed", n[0])));
        outbox.insert(
                allocations,
                new Document("_id", p.id())
                        .append("conferenceId", p.conferenceId())
                        .append("seed", p.seed())
                        .append("status", p.status().name())
                        .append("createdAt", Date.from(p.createdAt()))
                        .append(SEATS, seats)
                        .append(SCHOOLS, schools),
                List.of());
    }

    @Override
    public Optional<Proposal> find(String conferenceId, String allocationId) {
        return Optional.ofNullable(allocations
                        .find(Filters.and(Filters.eq("_id", allocationId), Filters.eq("conferenceId", conferenceId)))
                        .first())
                .map(MongoAllocationRepository::toProposal);
    }

    @Override
    public boolean claim(String allocationId, ProposedSeat seat, int requested) {
        String placed = SCHOOLS + "." + FieldKeys.of(seat.schoolId()) + ".placed";
        String school = SCHOOLS + "." + FieldKeys.of(seat.schoolId());
        return outbox.updateWhere(
                allocations,
                Filters.and(
                        Filters.eq("_id", allocationId),
                        Filters.eq("status", AllocationStatus.PROPOSED.name()),
                        Filters.exists(seatPath(seat), false),
                        Filters.or(
                                Filters.exists(placed, false), Filters.lte(placed, requested - seat.delegationSize()))),
                Updates.combine(
                        Updates.set(seatPath(seat), toDocument(seat)),
                        Updates.set(school + ".schoolId", seat.schoolId()),
                        Updates.set(school + ".requested", requested),
                        Updates.inc(placed, seat.delegationSize())));
    }

    @Override
    public boolean release(String allocationId, ProposedSeat seat) {
        return outbox.updateWhere(
                allocations,
                Filters.and(
                        Filters.eq("_id", allocationId),
                        Filters.eq("status", AllocationStatus.PROPOSED.name()),
                        Filters.eq(seatPath(seat) + ".schoolId", seat.schoolId())),
                Updates.combine(
                        Updates.unset(seatPath(seat)),
                        Updates.inc(
                                SCHOOLS + "." + FieldKeys.of(seat.schoolId()) + ".placed", -seat.delegationSize())));
    }

    @Override
    public boolean finalize(String allocationId, long version) {
        return outbox.updateWhere(
                allocations,
                Filters.and(
                        Filters.eq("_id", allocationId),
                        Filters.eq("status", AllocationStatus.PROPOSED.name()),
                        Filters.eq(OutboxFields.VERSION, version)),
                Updates.combine(
                        Updates.set("status", AllocationStatus.FINALIZED.name()),
                        Updates.set("finalizedAt", new Date())));
    }

    @Override
    public String recordFinalized(String conferenceId, String allocationId) {
        try {
            finalized.insertOne(new Document("_id", conferenceId).append("allocationId", allocationId));
            return allocationId;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return finalized.find(Filters.eq("_id", conferenceId)).first().getString("allocationId");
        }
    }

    @Override
    public Optional<String> finalizedAllocation(String conferenceId) {
        return Optional.ofNullable(
                        finalized.find(Filters.eq("_id", conferenceId)).first())
                .map(d -> d.getString("allocationId"));
    }

    private static String seatPath(ProposedSeat seat) {
        return SEATS + "." + FieldKeys.of(seat.seatId());
    }

    private static Document toDocument(ProposedSeat s) {
        return new Document("seatId", s.seatId())
                .append("committeeId", s.committeeId())
                .append("schoolId", s.schoolId())
                .append("delegationSize", s.delegationSize())
                .append("choiceRank", s.choiceRank());
    }

    private static Proposal toProposal(Document d) {
        List<ProposedSeat> seats = new ArrayList<>();
        d.get(SEATS, new Document()).values().forEach(v -> {
            Document s = (Document) v;
            seats.add(new ProposedSeat(
                    s.getString("seatId"),
                    s.getString("committeeId"),
                    s.getString("schoolId"),
                    s.getInteger("delegationSize"),
                    s.getInteger("choiceRank")));
        });
        Map<String, Integer> requested = new LinkedHashMap<>();
        d.get(SCHOOLS, new Document()).values().forEach(v -> {
            Document s = (Document) v;
            requested.put(s.getString("schoolId"), s.getInteger("requested"));
        });
        return new Proposal(
                d.getString("_id"),
                d.getString("conferenceId"),
                d.get("seed", Number.class).longValue(),
                AllocationStatus.valueOf(d.getString("status")),
                d.getDate("createdAt").toInstant(),
                d.get(OutboxFields.VERSION, Number.class).longValue(),
                seats,
                requested);
    }
}
