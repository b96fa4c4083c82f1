package dev.quorum.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.quorum.platform.test.InfrastructureAvailableCondition;
import dev.quorum.platform.test.KafkaTestClient;
import dev.quorum.platform.test.TestInfrastructure;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** The outbox against the real test broker and Mongo server: order, no loss, no premature removal. */
@ExtendWith(InfrastructureAvailableCondition.class)
class OutboxRelayIT {
    private static final String TOPIC = "outbox.test.events";
    private static MongoClient mongo;

    private MongoCollection<Document> aggregates;
    private MongoDatabase database;
    private final OutboxWriter writer = new OutboxWriter(() -> {});
    private final Clock clock = Clock.systemUTC();

    @BeforeAll
    static void createTopic() throws Exception {
        mongo = MongoClients.create(TestInfrastructure.mongoUri());
        try (AdminClient admin = AdminClient.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void closeMongo() {
        mongo.close();
    }

    @BeforeEach
    void freshCollection() {
        database = mongo.getDatabase("outbox_" + UUID.randomUUID().toString().substring(0, 8));
        aggregates = database.getCollection("aggregates");
    }

    @Test
    void publishesPendingEventsInOrderPerAggregateAndThenRemovesThem() throws Exception {
        String id = UUID.randomUUID().toString();
        writer.insert(aggregates, new Document("_id", id).append("name", "a"), List.of(event(id, 1), event(id, 2)));
        writer.update(aggregates, id, 1, new Document("name", "b"), List.of(event(id, 3)));
        writer.update(aggregates, id, 2, new Document("name", "c"), List.of(event(id, 4), event(id, 5)));

        int published = relay(workingTemplate()).publishPending();

        assertThat(published).isEqualTo(5);
        var records = KafkaTestClient.awaitRecords(
                TOPIC, r -> id.equals(r.key()) && new String(r.value()).contains("\"n\":5"), Duration.ofSeconds(20));
        assertThat(records.stream()
                        .filter(r -> id.equals(r.key()))
                        .map(r -> new String(r.value(), StandardCharsets.UTF_8)))
                .containsExactly("{\"n\":1}", "{\"n\":2}", "{\"n\":3}", "{\"n\":4}", "{\"n\":5}");
        Document stored = aggregates.find(Filters.eq("_id", id)).first();
        assertThat(stored.getList(OutboxFields.OUTBOX, Document.class)).isEmpty();
        assertThat(stored.getString("name")).isEqualTo("c");
        assertThat(stored.get(OutboxFields.VERSION, Number.class).longValue()).isEqualTo(3);
        assertThat(stored.containsKey(OutboxFields.LEASE)).isFalse();
    }

    @Test
    void keepsEventsWhileTheBrokerIsUnreachableAndPublishesThemAfterARestart() throws Exception {
        String id = UUID.randomUUID().toString();
        writer.insert(aggregates, new Document("_id", id), List.of(event(id, 1)));
        OutboxRelay cutOff = relay(unreachableTemplate());

        assertThatThrownBy(cutOff::publishPending).hasMessageContaining("did not acknowledge");
        Document kept = aggregates.find(Filters.eq("_id", id)).first();
        assertThat(kept.getList(OutboxFields.OUTBOX, Document.class)).hasSize(1);
        assertThat(kept.containsKey(OutboxFields.LEASE))
                .as("lease released for the next try")
                .isFalse();

        // The service restarts with the broker back: what was pending goes out.
        OutboxRelay restarted = relay(workingTemplate());
        restarted.start();
        try {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> aggregates
                            .find(Filters.eq("_id", id))
                            .first()
                            .getList(OutboxFields.OUTBOX, Document.class)
                            .isEmpty());
        } finally {
            restarted.stop();
        }
        assertThat(KafkaTestClient.awaitRecords(TOPIC, r -> id.equals(r.key()), Duration.ofSeconds(20)))
                .anyMatch(r -> id.equals(r.key()));
    }

    @Test
    void doesNotTouchDocumentsLeasedByAnotherInstanceUntilTheLeaseExpires() throws Exception {
        String id = UUID.randomUUID().toString();
        writer.insert(aggregates, new Document("_id", id), List.of(event(id, 1)));
        Instant future = Instant.now().plusSeconds(60);
        aggregates.updateOne(
                Filters.eq("_id", id),
                Updates.set(OutboxFields.LEASE, new Document("owner", "other").append("until", Date.from(future))));
        OutboxRelay relay = relay(workingTemplate());

        assertThat(relay.publishPending()).isZero();

        aggregates.updateOne(
                Filters.eq("_id", id),
                Updates.set(
                        OutboxFields.LEASE + ".until", Date.from(Instant.now().minusSeconds(1))));
        assertThat(relay.publishPending()).isEqualTo(1);
    }

    @Test
    void staleUpdateIsRejectedAndChangesNothing() {
        String id = UUID.randomUUID().toString();
        writer.insert(aggregates, new Document("_id", id).append("name", "a"), List.of(event(id, 1)));
        writer.update(aggregates, id, 1, new Document("name", "b"), List.of());

        assertThatThrownBy(() -> writer.update(aggregates, id, 1, new Document("name", "c"), List.of(event(id, 2))))
                .isInstanceOf(StaleAggregateException.class);
        Document stored = aggregates.find(Filters.eq("_id", id)).first();
        assertThat(stored.getString("name")).isEqualTo("b");
        assertThat(stored.getList(OutboxFields.OUTBOX, Document.class)).hasSize(1);
    }

    @Test
    void conditionalUpdateChangesStateAndRecordsEventsOnlyWhenTheConditionHolds() {
        String id = UUID.randomUUID().toString();
        writer.insert(aggregates, new Document("_id", id).append("holders", List.of()), List.of());
        var roomLeft = Filters.and(Filters.eq("_id", id), Filters.exists("holders.0", false));

        boolean first = writer.updateWhere(aggregates, roomLeft, Updates.push("holders", "a"), List.of(event(id, 1)));
        boolean second = writer.updateWhere(aggregates, roomLeft, Updates.push("holders", "b"), List.of(event(id, 2)));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        Document stored = aggregates.find(Filters.eq("_id", id)).first();
        assertThat(stored.getList("holders", String.class)).containsExactly("a");
        assertThat(stored.getList(OutboxFields.OUTBOX, Document.class)).hasSize(1);
        assertThat(stored.get(OutboxFields.VERSION, Number.class).longValue()).isEqualTo(2);
    }

    @Test
    void duplicateInsertIsAConflict() {
        String id = UUID.randomUUID().toString();
        writer.insert(aggregates, new Document("_id", id), List.of());

        assertThatThrownBy(() -> writer.insert(aggregates, new Document("_id", id), List.of(event(id, 1))))
                .isInstanceOf(DuplicateAggregateException.class);
        assertThat(aggregates.find(Filters.eq("_id", id)).first().getList(OutboxFields.OUTBOX, Document.class))
                .isEmpty();
    }

    private OutboxRelay relay(KafkaTemplate<String, CloudEvent> template) {
        OutboxProperties properties = new OutboxProperties(
                Duration.ofMillis(100),
                Duration.ofSeconds(30),
                100,
                Duration.ofMillis(50),
                Duration.ofMillis(500),
                Duration.ofSeconds(10));
        return new OutboxRelay(
                database,
                List.of(new OutboxCollection("aggregates")),
                new CloudEventPublisher(template, URI.create("/quorum/test")),
                properties,
                clock);
    }

    private PendingEvent event(String aggregateId, int n) {
        return new PendingEvent(
                UUID.randomUUID().toString(),
                TOPIC,
                aggregateId,
                "quorum.test.Happened.v1",
                aggregateId,
                Instant.now(),
                "{\"n\":" + n + "}");
    }

    private static KafkaTemplate<String, CloudEvent> workingTemplate() {
        return template(TestInfrastructure.kafkaBootstrapServers());
    }

    private static KafkaTemplate<String, CloudEvent> unreachableTemplate() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        return template("127.0.0.1:" + closedPort);
    }

    private static KafkaTemplate<String, CloudEvent> template(String bootstrap) {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                CloudEventSerializer.class,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                1000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                1000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                2000)));
    }
}
