package dev.quorum.registration.account.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import dev.quorum.registration.account.application.AccountRepository;
import dev.quorum.registration.account.domain.Account;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** Accounts in the {@code accounts} collection; usernames are unique by index, compared folded ({@link Account#usernameKey}). */
@Repository
class MongoAccountRepository implements AccountRepository {
    private static final String USERNAME_KEY = "usernameKey";
    private static final String CREATED_AT = "createdAt";
    private final MongoCollection<Document> accounts;
    private final Clock clock;

    MongoAccountRepository(MongoDatabase database, Clock clock) {
        this.accounts = database.getCollection("accounts");
        this.clock = clock;
        accounts.createIndex(Indexes.ascending("username"), new IndexOptions().unique(true));
        addMissingUsernameKeys();
        accounts.createIndex(Indexes.ascending(USERNAME_KEY), new IndexOptions().unique(true));
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return Optional.ofNullable(accounts.find(Filters.eq(USERNAME_KEY, Account.usernameKey(username)))
                        .first())
                .map(MongoAccountRepository::toAccount);
    }

    @Override
    public boolean insertIfAbsent(Account account) {
        try {
            accounts.insertOne(toDocument(account).append(CREATED_AT, Date.from(clock.instant())));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void delete(String accountId) {
        accounts.deleteOne(Filters.eq("_id", accountId));
    }

    @Override
    public Map<String, String> schoolAccountsCreatedBefore(Instant cutoff) {
        Map<String, String> schools = new HashMap<>();
        // Accounts stored before createdAt was recorded are old enough by definition.
        accounts.find(Filters.and(
                        Filters.ne("school", null),
                        Filters.or(Filters.lt(CREATED_AT, Date.from(cutoff)), Filters.exists(CREATED_AT, false))))
                .projection(Projections.include("school"))
                .forEach(d -> schools.put(d.getString("_id"), d.getString("school")));
        return schools;
    }

    /**
     * Accounts stored before usernames were compared folded get their key at start-up. Two existing
     * accounts that fold to one key make the unique index fail to build: start-up stops, naming it.
     */
    private void addMissingUsernameKeys() {
        for (Document d : accounts.find(Filters.exists(USERNAME_KEY, false))) {
            accounts.updateOne(
                    Filters.eq("_id", d.get("_id")),
                    Updates.set(USERNAME_KEY, Account.usernameKey(d.getString("username"))));
        }
    }

    private static Document toDocument(Account a) {
        return new Document("_id", a.id())
                .append("username", a.username())
                .append(USERNAME_KEY, Account.usernameKey(a.username()))
                .append("passwordHash", a.passwordHash())
                .append("roles", a.roles())
                .append("conferences", a.conferences())
                .append("school", a.school().orElse(null))
                .append("committees", a.committees())
                .append("seat", a.seat().orElse(null));
    }

    private static Account toAccount(Document d) {
        return new Account(
                d.getString("_id"),
                d.getString("username"),
                d.getString("passwordHash"),
                d.getList("roles", String.class, List.of()),
                d.getList("conferences", String.class, List.of()),
                Optional.ofNullable(d.getString("school")),
                d.getList("committees", String.class, List.of()),
                Optional.ofNullable(d.getString("seat")));
    }
}
