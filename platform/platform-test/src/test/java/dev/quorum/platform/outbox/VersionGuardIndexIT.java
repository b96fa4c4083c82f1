package dev.quorum.platform.outbox;

import static dev.quorum.platform.outbox.OutboxFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.quorum.platform.test.InfrastructureAvailableCondition;
import dev.quorum.platform.test.TestInfrastructure;
import dev.quorum.platform.test.UniqueIndexes;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox's version guard reaches its document through an index on the embedded server too
 * (ADR 41). That server uses an index only for a filter whose fields are exactly a unique index's;
 * a {@code Filters.and} goes out as {@code {$and: [...]}} and reads every document of the
 * collection, a cost that grows with every aggregate stored.
 */
@ExtendWith(InfrastructureAvailableCondition.class)
class VersionGuardIndexIT {
    private final Queue<BsonDocument> updates = new ConcurrentLinkedQueue<>();
    private final OutboxWriter writer = new OutboxWriter(() -> {});
    private MongoClient mongo;
    private MongoCollection<Document> aggregates;

    @BeforeEach
    void recordUpdates() {
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("update")) {
                    event.getCommand()
                            .getArray("updates")
                            .forEach(u ->
                                    updates.add(u.asDocument().getDocument("q").clone()));
                }
            }
        };
        mongo = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(TestInfrastructure.mongoUri()))
                .addCommandListener(listener)
                .build());
        MongoDatabase database =
                mongo.getDatabase("guard_" + UUID.randomUUID().toString().substring(0, 8));
        aggregates = database.getCollection("aggregates");
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void theVersionGuardNamesExactlyTheFieldsOfAUniqueIndexTheRelayCreates() {
        new OutboxStore(aggregates, "relay-1", Duration.ofSeconds(5)).prepareOnce();
        writer.insert(aggregates, new Document("_id", "a-1"), List.of(event("a-1", 1)));
        updates.clear();

        assertThat(writer.updateAtVersion(aggregates, "a-1", 1, Updates.set("name", "SCO"), List.of()))
                .isTrue();
        assertThat(writer.updateAtVersion(aggregates, "a-1", 1, Updates.set("name", "stale"), List.of()))
                .as("a stale version changes nothing")
                .isFalse();

        assertThat(updates)
                .hasSize(2)
                .allSatisfy(filter -> assertThat(filter.keySet())
                        .as("filter %s: a flat document of exactly a unique index's fields", filter.toJson())
                        .isIn(UniqueIndexes.of(aggregates)));
        assertThat(aggregates.find(new Document("_id", "a-1")).first().getString("name"))
                .isEqualTo("SCO");
    }
}
