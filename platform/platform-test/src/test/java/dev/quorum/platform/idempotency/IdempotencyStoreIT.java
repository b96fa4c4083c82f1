package dev.quorum.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dev.quorum.platform.idempotency.IdempotencyStore.Claim;
import dev.quorum.platform.idempotency.IdempotencyStore.Claimed;
import dev.quorum.platform.idempotency.IdempotencyStore.Taken;
import dev.quorum.platform.test.InfrastructureAvailableCondition;
import dev.quorum.platform.test.TestInfrastructure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The store against the test MongoDB server, with a clock the test moves. */
@ExtendWith(InfrastructureAvailableCondition.class)
class IdempotencyStoreIT {
    private static final Duration RETENTION = Duration.ofHours(24);
    private static final Duration ABANDON_AFTER = Duration.ofMinutes(1);
    private static final RecordedResponse OK =
            new RecordedResponse(200, Map.of("Content-Type", "application/json"), "{}".getBytes(), List.of());

    private final TestClock clock = new TestClock();
    private MongoClient mongo;
    private MongoDatabase database;
    private IdempotencyStore store;

    @BeforeEach
    void freshDatabase() {
        mongo = MongoClients.create(TestInfrastructure.mongoUri());
        database =
                mongo.getDatabase("idempotency_" + UUID.randomUUID().toString().substring(0, 8));
        store = new IdempotencyStore(database, clock, RETENTION, ABANDON_AFTER);
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aRequestWhoseClaimWasTakenOverCanNeitherReleaseNorCompleteTheNewOne() {
        Claimed slow = (Claimed) store.claim("alice|k", "f");
        clock.advance(ABANDON_AFTER.plusSeconds(1));
        Claimed takeover = (Claimed) store.claim("alice|k", "f");

        store.release("alice|k", slow.owner());
        assertThat(store.complete("alice|k", slow.owner(), OK)).isFalse();

        Claim third = store.claim("alice|k", "f");
        assertThat(third).as("the takeover's claim still holds the key").isInstanceOf(Taken.class);
        assertThat(((Taken) third).isDone()).isFalse();
        assertThat(store.complete("alice|k", takeover.owner(), OK)).isTrue();
        assertThat(((Taken) store.claim("alice|k", "f")).isDone()).isTrue();
    }

    @Test
    void aKeyPastItsRetentionIsForgottenWhenReadEvenWhereTtlIndexesAreNotEnforced() {
        Claimed first = (Claimed) store.claim("alice|k", "f");
        store.complete("alice|k", first.owner(), OK);
        clock.advance(RETENTION.plusSeconds(1));

        assertThat(store.claim("alice|k", "other request")).isInstanceOf(Claimed.class);
    }

    @Test
    void thePurgeDeletesKeysPastTheirRetentionAndKeepsTheOthers() {
        store.claim("alice|old", "f");
        clock.advance(RETENTION.minusMinutes(1));
        store.claim("alice|recent", "f");
        clock.advance(Duration.ofMinutes(2));

        assertThat(store.purgeExpired()).isEqualTo(1);
        assertThat(database.getCollection(IdempotencyStore.COLLECTION).distinct("_id", String.class))
                .containsExactly("alice|recent");
    }

    @Test
    void thePurgeRunsByItselfEveryInterval() {
        store.claim("alice|old", "f");
        clock.advance(RETENTION.plusSeconds(1));
        IdempotencyPurge purge = new IdempotencyPurge(store, Duration.ofMillis(50));

        purge.start();
        try {
            await().atMost(Duration.ofSeconds(10))
                    .until(() ->
                            database.getCollection(IdempotencyStore.COLLECTION).countDocuments() == 0);
        } finally {
            purge.stop();
        }
    }

    @Test
    void startsAgainWithAnotherRetentionAndKeepsKeysForIt() {
        Claimed first = (Claimed) store.claim("alice|k", "f");
        store.complete("alice|k", first.owner(), OK);

        IdempotencyStore longer = new IdempotencyStore(database, clock, RETENTION.multipliedBy(2), ABANDON_AFTER);
        clock.advance(RETENTION.plusHours(1));

        assertThat(longer.claim("alice|k", "f")).isInstanceOf(Taken.class);
        if (TestInfrastructure.mode() == TestInfrastructure.Mode.CONTAINERS) {
            // Real MongoDB enforces the TTL index: the new retention must be its expiry too.
            assertThat(ttlIndexSeconds()).isEqualTo(RETENTION.multipliedBy(2).toSeconds());
        }
    }

    private long ttlIndexSeconds() {
        return database.getCollection(IdempotencyStore.COLLECTION).listIndexes().into(new ArrayList<>()).stream()
                .filter(index -> index.get("key", Document.class).containsKey(IdempotencyStore.CREATED_AT))
                .findFirst()
                .orElseThrow()
                .get("expireAfterSeconds", Number.class)
                .longValue();
    }

    /** A clock that stands still until the test moves it. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
