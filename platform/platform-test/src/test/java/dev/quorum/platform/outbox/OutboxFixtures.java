package dev.quorum.platform.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.quorum.platform.test.TestInfrastructure;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** Relays, events and producers for the outbox tests, against the shared test infrastructure. */
final class OutboxFixtures {
    static final String TOPIC = "outbox.test.events";

    /**
     * Timeouts for a producer that is meant to fail: short, so the test does not wait long for it.
     * A producer meant to work keeps the generous defaults of {@link #template}, because a loaded
     * 2-core machine can take longer than a second or two to answer.
     */
    static final Map<String, Object> FAIL_FAST = Map.of(
            ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000,
            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000,
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2000);

    private OutboxFixtures() {}

    static void createTopic() throws Exception {
        try (AdminClient admin = AdminClient.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    static OutboxRelay relay(
            MongoDatabase database,
            CloudEventPublisher publisher,
            Duration lease,
            ParkedEventCounter parked,
            String... collections) {
        OutboxProperties properties = new OutboxProperties(
                Duration.ofMillis(100),
                lease,
                100,
                Duration.ofMillis(50),
                Duration.ofMillis(500),
                Duration.ofSeconds(10),
                Duration.ofSeconds(5));
        return new OutboxRelay(
                database,
                Arrays.stream(collections).map(OutboxCollection::new).toList(),
                publisher,
                properties,
                Clock.systemUTC(),
                parked);
    }

    static OutboxRelay relay(MongoDatabase database, KafkaTemplate<String, CloudEvent> template) {
        return relay(database, publisher(template), Duration.ofSeconds(30), ParkedEventCounter.NONE, "aggregates");
    }

    static CloudEventPublisher publisher(KafkaTemplate<String, CloudEvent> template) {
        return new CloudEventPublisher(template, URI.create("/quorum/test"));
    }

    static PendingEvent event(String aggregateId, int n) {
        return event(TOPIC, aggregateId, "{\"n\":" + n + "}");
    }

    static PendingEvent event(String topic, String aggregateId, String data) {
        return new PendingEvent(
                UUID.randomUUID().toString(),
                topic,
                aggregateId,
                "quorum.test.Happened.v1",
                aggregateId,
                Instant.now(),
                data,
                null);
    }

    static Document stored(MongoCollection<Document> collection, String id) {
        return collection.find(Filters.eq("_id", id)).first();
    }

    static List<Document> outbox(MongoCollection<Document> collection, String id) {
        return stored(collection, id).getList(OutboxFields.OUTBOX, Document.class);
    }

    static KafkaTemplate<String, CloudEvent> workingTemplate() {
        return template(TestInfrastructure.kafkaBootstrapServers(), Map.of());
    }

    static KafkaTemplate<String, CloudEvent> template(String bootstrap, Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>(Map.of(
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
                30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                30_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                60_000));
        config.putAll(overrides);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }
}
