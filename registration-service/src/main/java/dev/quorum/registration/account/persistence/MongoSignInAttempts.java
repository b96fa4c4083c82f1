package dev.quorum.registration.account.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import dev.quorum.registration.account.application.SignInAttempts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

/**
 * One document per username with failures in {@code sign_in_failures}: {@code {failures,
 * lastFailure, lockedUntil}}. Failures older than the lockout are forgotten; the counting is one
 * atomic {@code $inc}, so racing guesses cannot slip past the limit together.
 */
@Repository
class MongoSignInAttempts implements SignInAttempts {
    private final MongoCollection<Document> failures;
    private final Clock clock;
    private final int limit;
    private final Duration lockout;

    MongoSignInAttempts(
            MongoDatabase database,
            Clock clock,
            @Value("${quorum.sign-in.max-failures}") int limit,
            @Value("${quorum.sign-in.lockout}") Duration lockout) {
        this.failures = database.getCollection("sign_in_failures");
        this.clock = clock;
        this.limit = limit;
        this.lockout = lockout;
    }

    @Override
    public Optional<Instant> lockedUntil(String usernameKey) {
        Document d = failures.find(Filters.eq("_id", usernameKey)).first();
        Instant now = clock.instant();
        return Optional.ofNullable(d)
                .map(doc -> doc.getDate("lockedUntil"))
                .map(Date::toInstant)
                .filter(until -> until.isAfter(now));
    }

    @Override
    public void failed(String usernameKey) {
        Instant now = clock.instant();
        // Failures from long ago (or before a lockout ended) start the count again.
        failures.updateOne(
                Filters.and(Filters.eq("_id", usernameKey), Filters.lt("lastFailure", Date.from(now.minus(lockout)))),
                Updates.combine(Updates.set("failures", 0), Updates.unset("lockedUntil")));
        Document counted = failures.findOneAndUpdate(
                Filters.eq("_id", usernameKey),
                Updates.combine(Updates.inc("failures", 1), Updates.set("lastFailure", Date.from(now))),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        if (counted != null && counted.getInteger("failures") % limit == 0) {
            failures.updateOne(
                    Filters.eq("_id", usernameKey), Updates.set("lockedUntil", Date.from(now.plus(lockout))));
        }
    }

    @Override
    public void succeeded(String usernameKey) {
        failures.deleteOne(Filters.eq("_id", usernameKey));
    }
}
