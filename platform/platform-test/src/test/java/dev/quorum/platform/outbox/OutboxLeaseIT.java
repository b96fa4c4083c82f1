package dev.quorum.platform.outbox;

import static dev.quorum.platform.outbox.OutboxFixtures.event;
import static dev.quorum.platform.outbox.OutboxFixtures.outbox;
import static dev.quorum.platform.outbox.OutboxFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.quorum.platform.test.InfrastructureAvailableCondition;
import dev.quorum.platform.test.TestInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two relays on one collection while the broker stalls: a document has one publisher at a time. */
@ExtendWith(InfrastructureAvailableCondition.class)
class OutboxLeaseIT {
    private static final Duration LEASE = Duration.ofMillis(1500);

    private final OutboxWriter writer = new OutboxWriter(() -> {});
    private final Queue<RecordingPublisher.Sent> sent = new ConcurrentLinkedQueue<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private MongoClient mongo;
    private MongoDatabase database;
    private MongoCollection<Document> aggregates;

    @BeforeAll
    static void topic() throws Exception {
        OutboxFixtures.createTopic();
    }

    @BeforeEach
    void freshCollection() {
        mongo = MongoClients.create(TestInfrastructure.mongoUri());
        database = mongo.getDatabase("lease_" + UUID.randomUUID().toString().substring(0, 8));
        aggregates = database.getCollection("aggregates");
    }

    @AfterEach
    void close() {
        background.shutdownNow();
        mongo.close();
    }

    @Test
    void whileTheBrokerStallsTheFirstRelaySendingADocumentIsItsOnlyPublisher() throws Exception {
        List<String> ids = List.of("a-1", "a-2", "a-3");
        ids.forEach(id -> writer.insert(aggregates, new Document("_id", id), List.of(event(id, 1))));
        RecordingPublisher stalling = recording("first", true);
        OutboxRelay first = relay(stalling);
        OutboxRelay second = relay(recording("second", false));

        Future<Integer> firstPass = background.submit(first::publishPending);
        assertThat(stalling.stalled.await(20, TimeUnit.SECONDS)).isTrue();
        String held = heldByFirst();
        Instant firstLeaseEnd = leaseUntil(held);
        // Past the end of the lease the first relay took: only its renewals keep the document its own.
        await().atMost(Duration.ofSeconds(20)).until(() -> Instant.now().isAfter(firstLeaseEnd.plus(LEASE)));
        second.publishPending();
        second.publishPending();

        assertThat(sent).extracting(RecordingPublisher.Sent::relay).containsOnly("second");
        assertThat(sent).hasSize(2);
        assertThat(outbox(aggregates, held)).hasSize(1);
        String heldEvent = outboxEventId(held);

        stalling.brokerBack.countDown();
        assertThat(firstPass.get(20, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(sent).hasSize(3);
        assertThat(sent).extracting(RecordingPublisher.Sent::eventId).doesNotHaveDuplicates();
        assertThat(sent)
                .filteredOn(s -> s.relay().equals("first"))
                .extracting(RecordingPublisher.Sent::eventId)
                .containsExactly(heldEvent);
        ids.forEach(id -> {
            Document doc = stored(aggregates, id);
            assertThat(doc.getList(OutboxFields.OUTBOX, Document.class)).isEmpty();
            assertThat(doc).doesNotContainKeys(OutboxFields.LEASE, OutboxFields.PENDING);
        });
    }

    @Test
    void aRelayThatLostItsLeaseLeavesTheNewOwnersLeaseAlone() throws Exception {
        writer.insert(aggregates, new Document("_id", "a-1"), List.of(event("a-1", 1)));
        RecordingPublisher stalling = recording("first", true);
        OutboxRelay first = relay(stalling);

        Future<Integer> firstPass = background.submit(first::publishPending);
        assertThat(stalling.stalled.await(20, TimeUnit.SECONDS)).isTrue();
        // As if the first relay had been presumed dead and another instance had taken over.
        Date otherUntil = Date.from(Instant.now().plusSeconds(60));
        aggregates.updateOne(
                Filters.eq("_id", "a-1"),
                Updates.combine(
                        Updates.set(OutboxFields.PENDING, "z-claimed-by-other"),
                        Updates.set(OutboxFields.LEASE, new Document("owner", "other").append("until", otherUntil))));
        stalling.brokerBack.countDown();
        assertThat(firstPass.get(20, TimeUnit.SECONDS)).isEqualTo(1);

        Document doc = stored(aggregates, "a-1");
        assertThat(doc.get(OutboxFields.LEASE, Document.class))
                .as("the new owner's lease")
                .containsEntry("owner", "other")
                .containsEntry("until", otherUntil);
        assertThat(doc.getString(OutboxFields.PENDING)).isEqualTo("z-claimed-by-other");
        assertThat(doc.getList(OutboxFields.OUTBOX, Document.class))
                .as("what the broker acknowledged is not published again")
                .isEmpty();
    }

    @Test
    void anEventAppendedWhileTheRelaySendsStaysPendingAndGoesOutNext() throws Exception {
        writer.insert(aggregates, new Document("_id", "a-1"), List.of(event("a-1", 1)));
        RecordingPublisher stalling = recording("first", true);
        OutboxRelay relay = relay(stalling);

        Future<Integer> pass = background.submit(relay::publishPending);
        assertThat(stalling.stalled.await(20, TimeUnit.SECONDS)).isTrue();
        writer.update(aggregates, "a-1", 1, new Document("name", "b"), List.of(event("a-1", 2)));
        stalling.brokerBack.countDown();
        assertThat(pass.get(20, TimeUnit.SECONDS)).isEqualTo(1);

        Document afterFirstPass = stored(aggregates, "a-1");
        assertThat(afterFirstPass).as("lease released").doesNotContainKey(OutboxFields.LEASE);
        assertThat(afterFirstPass).as("still pending").containsKey(OutboxFields.PENDING);
        assertThat(afterFirstPass.getList(OutboxFields.OUTBOX, Document.class)).hasSize(1);
        assertThat(relay.publishPending()).isEqualTo(1);
        assertThat(stored(aggregates, "a-1")).doesNotContainKeys(OutboxFields.PENDING, OutboxFields.LEASE);
    }

    private RecordingPublisher recording(String relay, boolean stallsFirstSend) {
        return new RecordingPublisher(
                OutboxFixtures.publisher(OutboxFixtures.workingTemplate()), relay, sent, e -> stallsFirstSend);
    }

    private OutboxRelay relay(CloudEventPublisher publisher) {
        return OutboxFixtures.relay(database, publisher, LEASE, ParkedEventCounter.NONE, "aggregates");
    }

    private String heldByFirst() {
        return aggregates.find(Filters.exists(OutboxFields.LEASE)).first().getString("_id");
    }

    private Instant leaseUntil(String id) {
        return stored(aggregates, id)
                .get(OutboxFields.LEASE, Document.class)
                .getDate("until")
                .toInstant();
    }

    private String outboxEventId(String id) {
        return outbox(aggregates, id).get(0).getString("eventId");
    }
}
