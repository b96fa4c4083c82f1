package dev.quorum.platform.tracing;

import dev.quorum.platform.outbox.OutboxCollection;
import io.cloudevents.CloudEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * A service with one outbox collection whose events it also consumes: the listener notes the
 * trace id that its log lines would show (Boot's log correlation, the MDC) for each event.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(TracedOutboxApplication.TraceIdsSeen.class)
class TracedOutboxApplication {
    static final String COLLECTION = "traced_aggregates";

    @Bean
    OutboxCollection tracedAggregates() {
        return new OutboxCollection(COLLECTION);
    }

    static class TraceIdsSeen {
        final Map<String, String> byEventId = new ConcurrentHashMap<>();

        @KafkaListener(topics = "${test.topic}")
        void on(ConsumerRecord<String, CloudEvent> record) {
            String traceId = MDC.get("traceId");
            byEventId.put(record.value().getId(), traceId == null ? "(none)" : traceId);
        }
    }
}
