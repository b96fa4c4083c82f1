package dev.quorum.registration.conference.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import dev.quorum.platform.outbox.OutboxFields;
import dev.quorum.platform.outbox.OutboxWriter;
import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.registration.conference.application.ConferenceRepository;
import dev.quorum.registration.conference.domain.Conference;
import dev.quorum.registration.conference.domain.ConferenceId;
import dev.quorum.registration.conference.domain.ConferenceStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/** Conferences in the {@code conferences} collection, each document with its own outbox. */
@Repository
class MongoConferenceRepository implements ConferenceRepository {
    static final String COLLECTION = "conferences";

    private final MongoCollection<Document> conferences;
    private final OutboxWriter outbox;

    MongoConferenceRepository(MongoDatabase database, OutboxWriter outbox) {
        this.conferences = database.getCollection(COLLECTION);
        this.outbox = outbox;
        conferences.createIndex(Indexes.ascending("createdAt", "_id"));
    }

    @Override
    public void insert(Conference conference, List<PendingEvent> events) {
        outbox.insert(conferences, toDocument(conference), events);
    }

    @Override
    public void update(Conference conference, List<PendingEvent> events) {
        outbox.update(conferences, conference.id().value(), conference.version(), toDocument(conference), events);
    }

    @Override
    public Optional<Conference> findById(ConferenceId id) {
        return Optional.ofNullable(
                        conferences.find(Filters.eq("_id", id.value())).first())
                .map(MongoConferenceRepository::toConference);
    }

    @Override
    public Page findPage(Optional<Collection<String>> onlyIds, int page, int size) {
        Bson filter = onlyIds.<Bson>map(ids -> Filters.in("_id", ids)).orElse(new Document());
        long total = conferences.countDocuments(filter);
        List<Conference> items = new ArrayList<>();
        conferences
                .find(filter)
                .sort(Sorts.ascending("createdAt", "_id"))
                .skip(page * size)
                .limit(size)
                .forEach(d -> items.add(toConference(d)));
        return new Page(items, total);
    }

    private static Document toDocument(Conference c) {
        return new Document("_id", c.id().value())
                .append("name", c.name())
                .append("startDate", c.startDate().toString())
                .append("endDate", c.endDate().toString())
                .append("timeZone", c.timeZone().getId())
                .append("venue", c.venue())
                .append("status", c.status().name())
                .append("createdAt", Date.from(c.createdAt()))
                .append("terms", TermsDocuments.toDocument(c.terms()));
    }

    private static Conference toConference(Document d) {
        return new Conference(
                new ConferenceId(d.getString("_id")),
                d.get(OutboxFields.VERSION, Number.class).longValue(),
                d.getString("name"),
                LocalDate.parse(d.getString("startDate")),
                LocalDate.parse(d.getString("endDate")),
                ZoneId.of(d.getString("timeZone")),
                d.getString("venue"),
                ConferenceStatus.valueOf(d.getString("status")),
                d.getDate("createdAt").toInstant(),
                TermsDocuments.toTerms(d.get("terms", Document.class)));
    }
}
