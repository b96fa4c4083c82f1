package dev.quorum.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import dev.quorum.platform.outbox.OutboxWriter;
import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.platform.outbox.PendingEventFactory;
import dev.quorum.platform.test.InfrastructureAvailableCondition;
import dev.quorum.platform.test.TestInfrastructure;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The trace of a request crosses the outbox and Kafka (ADR 43): an event stored inside a span is
 * published later by the relay, on another thread, and its consumer still logs under the trace id
 * of the request that caused it. Red when the outbox forgets the context or the relay drops the
 * header.
 */
@ExtendWith(InfrastructureAvailableCondition.class)
@SpringBootTest(classes = TracedOutboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class OutboxTraceIT {
    private static final String TOPIC =
            "trace.test." + UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    Tracer tracer;

    @Autowired
    Propagator propagator;

    @Autowired
    PendingEventFactory events;

    @Autowired
    OutboxWriter outbox;

    @Autowired
    MongoDatabase database;

    @Autowired
    TracedOutboxApplication.TraceIdsSeen seen;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", TestInfrastructure::mongoUri);
        registry.add(
                "spring.mongodb.database",
                () -> "trace_test_" + UUID.randomUUID().toString().substring(0, 8));
        registry.add("spring.application.name", () -> "trace-test");
        registry.add("spring.kafka.consumer.group-id", () -> "trace-test-" + UUID.randomUUID());
        registry.add("test.topic", () -> TOPIC);
        registry.add("quorum.kafka.topics", () -> TOPIC);
    }

    @Test
    void theConsumerContinuesTheTraceOfTheRequestThatStoredTheEvent() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        // What a client's request brings: its own trace, not yet sampled, as in production.
        Span request = propagator
                .extract(Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-00"), Map::get)
                .name("request")
                .start();
        PendingEvent event;
        try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
            event = events.create(TOPIC, "quorum.test.Traced.v1", "k", "agg-1", Map.of("n", 1));
            outbox.insert(
                    database.getCollection(TracedOutboxApplication.COLLECTION),
                    new Document("_id", UUID.randomUUID().toString()),
                    List.of(event));
        } finally {
            request.end();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> seen.byEventId.containsKey(event.eventId()));
        assertThat(seen.byEventId.get(event.eventId())).isEqualTo(traceId);
    }

    @Test
    void anEventStoredOutsideAnyRequestStartsATraceOfItsOwn() {
        PendingEvent event = events.create(TOPIC, "quorum.test.Traced.v1", "k", "agg-2", Map.of("n", 2));
        assertThat(event.traceparent()).isNull();
        outbox.insert(
                database.getCollection(TracedOutboxApplication.COLLECTION),
                new Document("_id", UUID.randomUUID().toString()),
                List.of(event));

        await().atMost(Duration.ofSeconds(30)).until(() -> seen.byEventId.containsKey(event.eventId()));
        assertThat(seen.byEventId.get(event.eventId()))
                .as("the listener's own span still gives its log lines an id")
                .matches("[0-9a-f]{32}");
    }
}
