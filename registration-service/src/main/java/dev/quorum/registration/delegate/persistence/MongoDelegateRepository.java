package dev.quorum.registration.delegate.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.quorum.registration.delegate.application.DelegateRepository;
import dev.quorum.registration.delegate.domain.Delegate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** Delegates in {@code delegates}; access-code hashes are unique and indexed for sign-in. */
@Repository
class MongoDelegateRepository implements DelegateRepository {
    /** The session the delegate's tokens belong to: set when a code is redeemed, unset by a new code. */
    private static final String SESSION = "sessionId";

    private static final String SEATING_LOCK = "seatingLock";

    private final MongoCollection<Document> delegates;

    MongoDelegateRepository(MongoDatabase database) {
        this.delegates = database.getCollection("delegates");
        delegates.createIndex(Indexes.ascending("accessCodeHash"), new IndexOptions().unique(true));
        delegates.createIndex(Indexes.ascending("schoolId", "createdAt", "_id"));
    }

    @Override
    public void insert(Delegate d) {
        delegates.insertOne(new Document("_id", d.id())
                .append("schoolId", d.schoolId())
                .append("conferenceId", d.conferenceId())
                .append("name", d.name())
                .append("grade", d.grade())
                .append("experience", d.experience())
                .append("accessCodeHash", d.accessCodeHash())
                .append("accessCodeRedeemed", d.accessCodeRedeemed())
                .append("createdAt", Date.from(d.createdAt())));
    }

    @Override
    public Optional<Delegate> findById(String id) {
        return Optional.ofNullable(delegates.find(Filters.eq("_id", id)).first())
                .map(MongoDelegateRepository::toDelegate);
    }

    @Override
    public List<Delegate> findBySchool(String schoolId) {
        List<Delegate> found = new ArrayList<>();
        delegates
                .find(Filters.eq("schoolId", schoolId))
                .sort(Sorts.ascending("createdAt", "_id"))
                .forEach(d -> found.add(toDelegate(d)));
        return found;
    }

    @Override
    public Optional<Delegate> redeem(String accessCodeHash, String sessionId) {
        return Optional.ofNullable(delegates.findOneAndUpdate(
                        Filters.and(
                                Filters.eq("accessCodeHash", accessCodeHash), Filters.eq("accessCodeRedeemed", false)),
                        Updates.combine(Updates.set("accessCodeRedeemed", true), Updates.set(SESSION, sessionId)),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
                .map(MongoDelegateRepository::toDelegate);
    }

    @Override
    public Optional<Delegate> findInSession(String delegateId, String sessionId) {
        return Optional.ofNullable(delegates
                        .find(Filters.and(Filters.eq("_id", delegateId), Filters.eq(SESSION, sessionId)))
                        .first())
                .map(MongoDelegateRepository::toDelegate);
    }

    @Override
    public void replaceAccessCode(String delegateId, String accessCodeHash) {
        delegates.updateOne(
                Filters.eq("_id", delegateId),
                Updates.combine(
                        Updates.set("accessCodeHash", accessCodeHash),
                        Updates.set("accessCodeRedeemed", false),
                        Updates.unset(SESSION)));
    }

    @Override
    public boolean lockSeating(String delegateId, String token, Instant now, Instant until) {
        return delegates
                        .updateOne(
                                Filters.and(
                                        Filters.eq("_id", delegateId),
                                        Filters.or(
                                                Filters.eq(SEATING_LOCK, null),
                                                Filters.lt(SEATING_LOCK + ".until", Date.from(now)))),
                                Updates.set(
                                        SEATING_LOCK, new Document("token", token).append("until", Date.from(until))))
                        .getModifiedCount()
                == 1;
    }

    @Override
    public void unlockSeating(String delegateId, String token) {
        delegates.updateOne(
                Filters.and(Filters.eq("_id", delegateId), Filters.eq(SEATING_LOCK + ".token", token)),
                Updates.unset(SEATING_LOCK));
    }

    private static Delegate toDelegate(Document d) {
        return new Delegate(
                d.getString("_id"),
                d.getString("schoolId"),
                d.getString("conferenceId"),
                d.getString("name"),
                d.getString("grade"),
                d.getString("experience"),
                d.getString("accessCodeHash"),
                d.getBoolean("accessCodeRedeemed", false),
                d.getDate("createdAt").toInstant());
    }
}
