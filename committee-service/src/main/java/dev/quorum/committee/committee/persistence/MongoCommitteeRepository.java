package dev.quorum.committee.committee.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import dev.quorum.committee.committee.application.CommitteeRepository;
import dev.quorum.committee.committee.domain.Committee;
import dev.quorum.committee.committee.domain.CommitteeDetails;
import dev.quorum.committee.committee.domain.CommitteeLevel;
import dev.quorum.committee.committee.domain.CommitteeType;
import dev.quorum.committee.committee.domain.Seat;
import dev.quorum.committee.committee.domain.SeatKind;
import dev.quorum.platform.outbox.OutboxFields;
import dev.quorum.platform.outbox.OutboxWriter;
import dev.quorum.platform.outbox.PendingEvent;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** Committees in the {@code committees} collection, each document with its own outbox (ADR 1). */
@Repository
class MongoCommitteeRepository implements CommitteeRepository {
    static final String COLLECTION = "committees";

    private final MongoCollection<Document> committees;
    private final OutboxWriter outbox;

    MongoCommitteeRepository(MongoDatabase database, OutboxWriter outbox) {
        this.committees = database.getCollection(COLLECTION);
        this.outbox = outbox;
        committees.createIndex(Indexes.ascending("conferenceId", "createdAt", "_id"));
    }

    @Override
    public void insert(Committee committee, List<PendingEvent> events) {
        outbox.insert(committees, toDocument(committee), events);
    }

    @Override
    public void update(Committee revised, List<PendingEvent> events) {
        outbox.update(committees, revised.id(), revised.version() - 1, toDocument(revised), events);
    }

    @Override
    public Optional<Committee> findById(String id) {
        return Optional.ofNullable(committees.find(Filters.eq("_id", id)).first())
                .map(MongoCommitteeRepository::toCommittee);
    }

    @Override
    public Page findPage(String conferenceId, int page, int size) {
        var filter = Filters.eq("conferenceId", conferenceId);
        List<Committee> items = new ArrayList<>();
        committees
                .find(filter)
                .sort(Sorts.ascending("createdAt", "_id"))
                .skip(page * size)
                .limit(size)
                .forEach(d -> items.add(toCommittee(d)));
        return new Page(items, committees.countDocuments(filter));
    }

    private static Document toDocument(Committee c) {
        CommitteeDetails d = c.details();
        return new Document("_id", c.id())
                .append("conferenceId", c.conferenceId())
                .append("name", d.name())
                .append("abbreviation", d.abbreviation())
                .append("type", d.type().name())
                .append("level", d.level() == null ? null : d.level().name())
                .append("agendaItems", d.agendaItems())
                .append(
                        "positionPaperDeadline",
                        d.positionPaperDeadline() == null ? null : Date.from(d.positionPaperDeadline()))
                .append("delegationSize", c.delegationSize())
                .append("profile", ProfileDocuments.toDocument(c.profile()))
                .append(
                        "seats",
                        c.seats().stream()
                                .map(s -> new Document("seatId", s.seatId())
                                        .append("name", s.name())
                                        .append("kind", s.kind().name()))
                                .toList())
                .append("createdAt", Date.from(c.createdAt()));
    }

    private static Committee toCommittee(Document d) {
        String level = d.getString("level");
        Date deadline = d.getDate("positionPaperDeadline");
        CommitteeDetails details = new CommitteeDetails(
                d.getString("name"),
                d.getString("abbreviation"),
                CommitteeType.valueOf(d.getString("type")),
                level == null ? null : CommitteeLevel.valueOf(level),
                d.getList("agendaItems", String.class),
                deadline == null ? null : deadline.toInstant());
        List<Seat> seats = d.getList("seats", Document.class).stream()
                .map(s -> new Seat(s.getString("seatId"), s.getString("name"), SeatKind.valueOf(s.getString("kind"))))
                .toList();
        return new Committee(
                d.getString("_id"),
                d.getString("conferenceId"),
                d.get(OutboxFields.VERSION, Number.class).longValue(),
                details,
                d.getInteger("delegationSize"),
                ProfileDocuments.toProfile(d.get("profile", Document.class)),
                seats,
                d.getDate("createdAt").toInstant());
    }
}
