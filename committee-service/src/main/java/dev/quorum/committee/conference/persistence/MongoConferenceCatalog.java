package dev.quorum.committee.conference.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.quorum.committee.conference.application.ConferenceCatalog;
import dev.quorum.committee.conference.domain.Conference;
import dev.quorum.platform.consumer.IdempotentWrites;
import java.time.LocalDate;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** Conferences in the {@code conferences} collection, written idempotently by source version. */
@Repository
class MongoConferenceCatalog implements ConferenceCatalog {
    private final MongoCollection<Document> conferences;

    MongoConferenceCatalog(MongoDatabase database) {
        this.conferences = database.getCollection("conferences");
    }

    @Override
    public boolean record(Conference c, long version) {
        return IdempotentWrites.upsertIfNewer(
                conferences,
                c.id(),
                version,
                new Document("name", c.name())
                        .append("startDate", c.startDate().toString())
                        .append("endDate", c.endDate().toString())
                        .append("timeZone", c.timeZone()));
    }

    @Override
    public Optional<Conference> find(String conferenceId) {
        return Optional.ofNullable(
                        conferences.find(Filters.eq("_id", conferenceId)).first())
                .map(d -> new Conference(
                        d.getString("_id"),
                        d.getString("name"),
                        LocalDate.parse(d.getString("startDate")),
                        LocalDate.parse(d.getString("endDate")),
                        d.getString("timeZone")));
    }
}
