package dev.quorum.platform.outbox;

import static dev.quorum.platform.outbox.OutboxFixtures.TOPIC;
import static dev.quorum.platform.outbox.OutboxFixtures.event;
import static dev.quorum.platform.outbox.OutboxFixtures.workingTemplate;
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
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.kafka.core.KafkaTemplate;

/** The outbox against the real test broker and Mongo server: order, no loss, no premature removal. */
@ExtendWith(InfrastructureAvailableCondition.class)
class OutboxRelayIT {
    private static MongoClient mongo;

    private MongoCollection<Document> aggregates;
    private MongoDatabase database;
    private final OutboxWriter writer = new OutboxWriter(() -> {});

    @BeforeAll
    static void createTopic() throws Exception {
        mongo = MongoClients.create(TestInfrastructure.mongoUri());
        OutboxFixtures.createTopic();
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

        assertThat(cutOff.publishPending()).isZero();
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
        // Read to the end: the event went out exactly once, not once per attempt.
        assertThat(KafkaTestClient.readToEnd(TOPIC, Duration.ofSeconds(20)).stream()
                        .filter(r -> id.equals(r.key()))
                        .map(r -> new String(r.value(), StandardCharsets.UTF_8)))
                .containsExactly("{\"n\":1}");
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
    void conditionalUpdateChangesStateOnlyWhenTheConditionHolds() {
        String id = UUID.randomUUID().toString();
        writer.insert(aggregates, new Document("_id", id).append("holders", List.of()), List.of());
        var roomLeft = Filters.and(Filters.eq("_id", id), Filters.exists("holders.0", false));

        boolean first = writer.updateWhere(aggregates, roomLeft, Updates.push("holders", "a"));
        boolean second = writer.updateWhere(aggregates, roomLeft, Updates.push("holders", "b"));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        Document stored = aggregates.find(Filters.eq("_id", id)).first();
        assertThat(stored.getList("holders", String.class)).containsExactly("a");
        assertThat(stored.get(OutboxFields.VERSION, Number.class).longValue()).isEqualTo(2);
    }

    @Test
    void updateAtVersionRecordsEventsOnlyAtTheExpectedVersion() {
        String id = UUID.randomUUID().toString();
        writer.insert(aggregates, new Document("_id", id).append("holder", null), List.of());

        boolean first = writer.updateAtVersion(aggregates, id, 1, Updates.set("holder", "a"), List.of(event(id, 1)));
        boolean stale = writer.updateAtVersion(aggregates, id, 1, Updates.set("holder", "b"), List.of(event(id, 2)));

        assertThat(first).isTrue();
        assertThat(stale).isFalse();
        Document stored = aggregates.find(Filters.eq("_id", id)).first();
        assertThat(stored.getString("holder")).isEqualTo("a");
        assertThat(stored.getList(OutboxFields.OUTBOX, Document.class))
                .singleElement()
                .satisfies(e -> assertThat(e.getString("sequence")).isEqualTo(PendingEvent.position(2, 0)));
    }

    @Test
    void everyEventOfAWriteGetsItsOwnPositionInTheSequenceHeader() throws Exception {
        String id = UUID.randomUUID().toString();
        writer.insert(aggregates, new Document("_id", id), List.of(event(id, 1), event(id, 2)));
        writer.update(aggregates, id, 1, new Document(), List.of(event(id, 3)));

        relay(workingTemplate()).publishPending();

        var records = KafkaTestClient.awaitRecords(
                TOPIC, r -> id.equals(r.key()) && new String(r.value()).contains("\"n\":3"), Duration.ofSeconds(20));
        assertThat(records.stream().filter(r -> id.equals(r.key())).map(r -> KafkaTestClient.header(r, "ce_sequence")))
                .containsExactly("0000000000000000001-00000", "0000000000000000001-00001", "0000000000000000002-00000")
                .isSorted();
    }

    @Test
    void aDocumentIsMarkedPendingExactlyWhileItsOutboxHoldsEvents() throws Exception {
        String id = UUID.randomUUID().toString();
        writer.insert(aggregates, new Document("_id", id), List.of());
        assertThat(aggregates.find(Filters.eq("_id", id)).first()).doesNotContainKey(OutboxFields.PENDING);

        writer.update(aggregates, id, 1, new Document("name", "b"), List.of(event(id, 1)));
        assertThat(aggregates.find(Filters.eq("_id", id)).first()).containsKey(OutboxFields.PENDING);

        relay(workingTemplate()).publishPending();
        assertThat(aggregates.find(Filters.eq("_id", id)).first()).doesNotContainKey(OutboxFields.PENDING);
    }

    @Test
    void marksPendingTheDocumentsStoredBeforeTheMarkExisted() throws Exception {
        String id = UUID.randomUUID().toString();
        aggregates.insertOne(new Document("_id", id)
                .append(OutboxFields.VERSION, 1L)
                .append(OutboxFields.OUTBOX, List.of(event(id, 1).toDocument())));

        assertThat(relay(workingTemplate()).publishPending()).isEqualTo(1);
        assertThat(aggregates.find(Filters.eq("_id", id)).first().getList(OutboxFields.OUTBOX, Document.class))
                .isEmpty();
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
        return OutboxFixtures.relay(database, template);
    }

    private static KafkaTemplate<String, CloudEvent> unreachableTemplate() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        return OutboxFixtures.template("127.0.0.1:" + closedPort, OutboxFixtures.FAIL_FAST);
    }
}
