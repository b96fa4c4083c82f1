package dev.quorum.registration.school.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.quorum.registration.school.application.ReconcilerLease;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * One document in {@code reconciler_leases}: an upsert that matches only a free, expired or own
 * lease. When another instance holds it, the upsert tries to insert a second document with the
 * same id and fails on the unique {@code _id}: the claim is refused.
 */
@Repository
class MongoReconcilerLease implements ReconcilerLease {
    private static final String LEASE = "registration-reconciler";

    private final MongoCollection<Document> leases;
    private final Clock clock;

    MongoReconcilerLease(MongoDatabase database, Clock clock) {
        this.leases = database.getCollection("reconciler_leases");
        this.clock = clock;
    }

    @Override
    public boolean claim(String owner, Duration ttl) {
        Date now = Date.from(clock.instant());
        try {
            leases.updateOne(
                    Filters.and(
                            Filters.eq("_id", LEASE), Filters.or(Filters.eq("owner", owner), Filters.lt("until", now))),
                    Updates.combine(
                            Updates.set("owner", owner),
                            Updates.set("until", Date.from(now.toInstant().plus(ttl)))),
                    new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
