package dev.quorum.guide.committee.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.quorum.guide.committee.application.CommitteeCatalog;
import dev.quorum.guide.committee.domain.Committee;
import dev.quorum.platform.consumer.IdempotentWrites;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** Committees in the {@code committees} collection, written idempotently by committee version. */
@Repository
class MongoCommitteeCatalog implements CommitteeCatalog {
    private final MongoCollection<Document> committees;

    MongoCommitteeCatalog(MongoDatabase database) {
        this.committees = database.getCollection("committees");
    }

    @Override
    public boolean record(Committee c, long version) {
        return IdempotentWrites.upsertIfNewer(
                committees,
                c.id(),
                version,
                new Document("conferenceId", c.conferenceId())
                        .append("name", c.name())
                        .append("abbreviation", c.abbreviation()));
    }

    @Override
    public boolean touch(String committeeId, String conferenceId, long version) {
        // Only the conference: a name recorded by CommitteeCreated stays (seats changes carry none).
        return IdempotentWrites.upsertIfNewer(
                committees, committeeId, version, new Document("conferenceId", conferenceId));
    }

    @Override
    public Optional<Committee> find(String committeeId) {
        return Optional.ofNullable(
                        committees.find(Filters.eq("_id", committeeId)).first())
                .map(d -> new Committee(
                        d.getString("_id"),
                        d.getString("conferenceId"),
                        Objects.requireNonNullElse(d.getString("name"), ""),
                        Objects.requireNonNullElse(d.getString("abbreviation"), "")));
    }
}
