package dev.quorum.platform.outbox;

import static dev.quorum.platform.outbox.OutboxFixtures.TOPIC;
import static dev.quorum.platform.outbox.OutboxFixtures.event;
import static dev.quorum.platform.outbox.OutboxFixtures.outbox;
import static dev.quorum.platform.outbox.OutboxFixtures.workingTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.quorum.platform.consumer.IdempotentWrites;
import dev.quorum.platform.test.InfrastructureAvailableCondition;
import dev.quorum.platform.test.KafkaTestClient;
import dev.quorum.platform.test.TestInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * At least once, end to end: an event the broker acknowledged but whose outbox entry was never
 * removed (the relay crashed in between) is sent again after the restart, and an idempotent
 * consumer applies the two copies once.
 */
@ExtendWith(InfrastructureAvailableCondition.class)
class OutboxRedeliveryIT {
    private static MongoClient mongo;

    @BeforeAll
    static void connect() throws Exception {
        mongo = MongoClients.create(TestInfrastructure.mongoUri());
        OutboxFixtures.createTopic();
    }

    @AfterAll
    static void close() {
        mongo.close();
    }

    @Test
    void anEventSentButNotRemovedBeforeACrashIsSentAgainAndAppliedOnce() throws Exception {
        MongoDatabase database =
                mongo.getDatabase("redelivery_" + UUID.randomUUID().toString().substring(0, 8));
        MongoCollection<Document> aggregates = database.getCollection("aggregates");
        String id = UUID.randomUUID().toString();
        new OutboxWriter(() -> {}).insert(aggregates, new Document("_id", id), List.of(event(id, 1)));

        assertThat(relayThatCrashesAfterTheSend(database).publishPending())
                .as("the crashed relay recorded nothing as published")
                .isZero();
        assertThat(outbox(aggregates, id)).as("so the entry is still there").hasSize(1);

        assertThat(OutboxFixtures.relay(database, workingTemplate()).publishPending())
                .as("the restarted relay sends it again")
                .isEqualTo(1);
        assertThat(outbox(aggregates, id)).isEmpty();

        List<ConsumerRecord<String, byte[]>> copies = KafkaTestClient.readToEnd(TOPIC, Duration.ofSeconds(30)).stream()
                .filter(r -> id.equals(r.key()))
                .toList();
        assertThat(copies).as("sent twice").hasSize(2);
        assertThat(copies.stream().map(r -> KafkaTestClient.header(r, "ce_id")).distinct())
                .as("as the same event")
                .hasSize(1);

        // A consumer applies by position (the ce_sequence header), as the services' read models do.
        MongoCollection<Document> readModel = database.getCollection("read_model");
        List<Boolean> outcomes = copies.stream()
                .map(r -> IdempotentWrites.upsertIfAfter(
                        readModel,
                        id,
                        KafkaTestClient.header(r, "ce_sequence"),
                        new Document("appliedEvent", KafkaTestClient.header(r, "ce_id"))))
                .toList();

        assertThat(outcomes).containsExactly(true, false);
        assertThat(readModel.countDocuments(Filters.eq("_id", id))).isEqualTo(1);
    }

    /**
     * A relay whose send reaches the broker and is acknowledged, and which then dies before it can
     * remove the entry: to the outbox this looks exactly like a failed send.
     */
    private static OutboxRelay relayThatCrashesAfterTheSend(MongoDatabase database) {
        CloudEventPublisher broker = OutboxFixtures.publisher(workingTemplate());
        CloudEventPublisher crashing = new CloudEventPublisher(null, null) {
            @Override
            public CompletableFuture<?> publish(PendingEvent event) {
                try {
                    broker.publish(event).get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    return CompletableFuture.failedFuture(e);
                }
                return CompletableFuture.failedFuture(new IllegalStateException("relay crashed after the send"));
            }
        };
        return OutboxFixtures.relay(database, crashing, Duration.ofSeconds(30), ParkedEventCounter.NONE, "aggregates");
    }
}
