package dev.quorum.platform.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends a pending event as a CloudEvents 1.0 record in Kafka binary mode: attributes in
 * {@code ce_*} headers, the JSON payload as the record value. The template's producer is
 * idempotent with {@code acks=all} (platform defaults). The stored trace context travels in the
 * {@value #TRACEPARENT} header (ADR 43).
 */
public class CloudEventPublisher {
    /** The CloudEvents extension attribute that carries an event's position in its aggregate. */
    public static final String SEQUENCE = "sequence";

    /**
     * The Kafka header with the W3C trace context of the request that caused the event: the name
     * that Spring Kafka's listener observation (and any OpenTelemetry Kafka instrumentation) reads.
     */
    public static final String TRACEPARENT = "traceparent";

    private final KafkaTemplate<String, CloudEvent> template;
    private final URI source;

    public CloudEventPublisher(KafkaTemplate<String, CloudEvent> template, URI source) {
        this.template = template;
        this.source = source;
    }

    /**
     * Sends the event; its position travels as the CloudEvents {@code sequence} extension
     * attribute ({@code ce_sequence} header), which compares as a string within one aggregate.
     *
     * @return completes when the broker acknowledged the record
     */
    public CompletableFuture<?> publish(PendingEvent event) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.eventId())
                .withType(event.type())
                .withSource(source)
                .withSubject(event.subject())
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(event.data().getBytes(StandardCharsets.UTF_8));
        if (event.sequence() != null) {
            builder.withExtension(SEQUENCE, event.sequence());
        }
        ProducerRecord<String, CloudEvent> record = new ProducerRecord<>(event.topic(), event.key(), builder.build());
        if (event.traceparent() != null) {
            record.headers().add(TRACEPARENT, event.traceparent().getBytes(StandardCharsets.US_ASCII));
        }
        return template.send(record);
    }
}
