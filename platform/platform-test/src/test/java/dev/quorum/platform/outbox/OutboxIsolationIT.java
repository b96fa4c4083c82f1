package dev.quorum.platform.outbox;

import static dev.quorum.platform.outbox.OutboxFixtures.TOPIC;
import static dev.quorum.platform.outbox.OutboxFixtures.event;
import static dev.quorum.platform.outbox.OutboxFixtures.outbox;
import static dev.quorum.platform.outbox.OutboxFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dev.quorum.platform.test.InfrastructureAvailableCondition;
import dev.quorum.platform.test.KafkaTestClient;
import dev.quorum.platform.test.TestInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One collection's or one event's failure never holds up the rest. */
@ExtendWith(InfrastructureAvailableCondition.class)
class OutboxIsolationIT {
    private static final String UNREACHABLE_TOPIC = "outbox.test.unreachable";

    private final OutboxWriter writer = new OutboxWriter(() -> {});
    private MongoClient mongo;
    private MongoDatabase database;

    @BeforeAll
    static void topic() throws Exception {
        OutboxFixtures.createTopic();
    }

    @BeforeEach
    void freshDatabase() {
        mongo = MongoClients.create(TestInfrastructure.mongoUri());
        database = mongo.getDatabase("isolation_" + UUID.randomUUID().toString().substring(0, 8));
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aCollectionWhoseEventsFailDoesNotStopTheOthers() throws Exception {
        var failing = database.getCollection("failing");
        var healthy = database.getCollection("healthy");
        writer.insert(failing, new Document("_id", "f-1"), List.of(event(UNREACHABLE_TOPIC, "f-1", "{}")));
        writer.insert(healthy, new Document("_id", "h-1"), List.of(event("h-1", 1)));
        CloudEventPublisher broker = unreachableTopic();
        OutboxRelay relay = OutboxFixtures.relay(
                database, broker, Duration.ofSeconds(30), ParkedEventCounter.NONE, "failing", "healthy");

        assertThat(relay.publishPending()).isEqualTo(1);

        assertThat(outbox(healthy, "h-1")).isEmpty();
        assertThat(outbox(failing, "f-1")).as("kept for the next try").hasSize(1);
        assertThat(stored(failing, "f-1")).doesNotContainKey(OutboxFields.LEASE);
        assertThat(KafkaTestClient.awaitRecords(TOPIC, r -> "h-1".equals(r.key()), Duration.ofSeconds(20)))
                .isNotEmpty();
    }

    @Test
    void anEventThatCannotBeSentForNowHoldsBackOnlyTheEventsBehindItWithoutPublishingThem() throws Exception {
        var aggregates = database.getCollection("aggregates");
        PendingEvent blocked = event(UNREACHABLE_TOPIC, "a-1", "{}");
        PendingEvent behind = event("a-1", 2);
        writer.insert(aggregates, new Document("_id", "a-1"), List.of(blocked, behind));
        writer.insert(aggregates, new Document("_id", "a-2"), List.of(event("a-2", 1)));
        Queue<RecordingPublisher.Sent> sent = new ConcurrentLinkedQueue<>();
        OutboxRelay relay = OutboxFixtures.relay(
                database,
                new RecordingPublisher(unreachableTopic(), "relay", sent, e -> false),
                Duration.ofSeconds(30),
                ParkedEventCounter.NONE,
                "aggregates");

        assertThat(relay.publishPending()).isEqualTo(1);

        assertThat(sent).extracting(RecordingPublisher.Sent::eventId).doesNotContain(behind.eventId());
        assertThat(outbox(aggregates, "a-1")).hasSize(2);
        assertThat(outbox(aggregates, "a-2")).isEmpty();
    }

    @Test
    void anEventTheBrokerRefusesForGoodIsParkedKeptAndCountedAndTheOnesBehindItGoOut() throws Exception {
        var aggregates = database.getCollection("aggregates");
        String id = UUID.randomUUID().toString();
        PendingEvent tooLarge = event(TOPIC, id, "{\"text\":\"" + "x".repeat(4096) + "\"}");
        writer.insert(aggregates, new Document("_id", id), List.of(event(id, 1), tooLarge, event(id, 2)));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay relay = OutboxFixtures.relay(
                database,
                OutboxFixtures.publisher(OutboxFixtures.template(
                        TestInfrastructure.kafkaBootstrapServers(),
                        Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2048))),
                Duration.ofSeconds(30),
                new MicrometerParkedEventCounter(meters),
                "aggregates");

        assertThat(relay.publishPending()).isEqualTo(2);

        Document doc = stored(aggregates, id);
        assertThat(doc.getList(OutboxFields.OUTBOX, Document.class)).isEmpty();
        assertThat(doc).doesNotContainKeys(OutboxFields.PENDING, OutboxFields.LEASE);
        assertThat(doc.getList(OutboxFields.PARKED, Document.class))
                .singleElement()
                .satisfies(parked -> {
                    assertThat(parked.getString("eventId")).isEqualTo(tooLarge.eventId());
                    assertThat(parked.getString("data")).isEqualTo(tooLarge.data());
                    assertThat(parked.getString("reason")).contains("RecordTooLargeException");
                });
        assertThat(meters.counter(
                                MicrometerParkedEventCounter.METRIC,
                                "collection",
                                "aggregates",
                                "type",
                                tooLarge.type())
                        .count())
                .isEqualTo(1.0);
        var records = KafkaTestClient.awaitRecords(
                TOPIC, r -> id.equals(r.key()) && new String(r.value()).contains("\"n\":2"), Duration.ofSeconds(20));
        assertThat(records.stream().filter(r -> id.equals(r.key())).map(r -> new String(r.value())))
                .containsExactly("{\"n\":1}", "{\"n\":2}");
    }

    @Test
    void anEntryThatIsNotAnEventIsParkedInsteadOfBlockingItsAggregate() throws Exception {
        var aggregates = database.getCollection("aggregates");
        String id = UUID.randomUUID().toString();
        writer.insert(aggregates, new Document("_id", id), List.of(event(id, 1)));
        aggregates.updateOne(
                new Document("_id", id),
                new Document("$push", new Document(OutboxFields.OUTBOX, new Document("eventId", "broken"))));
        writer.update(aggregates, id, 1, new Document(), List.of(event(id, 2)));
        OutboxRelay relay = OutboxFixtures.relay(database, OutboxFixtures.workingTemplate());

        assertThat(relay.publishPending()).isEqualTo(2);

        Document doc = stored(aggregates, id);
        assertThat(doc.getList(OutboxFields.OUTBOX, Document.class)).isEmpty();
        assertThat(doc.getList(OutboxFields.PARKED, Document.class))
                .singleElement()
                .satisfies(p -> assertThat(p.getString("eventId")).isEqualTo("broken"));
    }

    /** The real broker, except that sends to {@link #UNREACHABLE_TOPIC} fail at once (no leader). */
    private static CloudEventPublisher unreachableTopic() {
        CloudEventPublisher real = OutboxFixtures.publisher(OutboxFixtures.workingTemplate());
        return new CloudEventPublisher(null, null) {
            @Override
            public CompletableFuture<?> publish(PendingEvent event) {
                if (event.topic().equals(UNREACHABLE_TOPIC)) {
                    throw new IllegalStateException("no leader for " + UNREACHABLE_TOPIC);
                }
                return real.publish(event);
            }
        };
    }
}
