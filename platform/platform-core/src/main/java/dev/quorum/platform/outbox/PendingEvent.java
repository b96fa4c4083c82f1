package dev.quorum.platform.outbox;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * An integration event that waits inside its aggregate's document until the broker has
 * acknowledged it (the outbox-in-the-document form of the transactional outbox).
 *
 * @param eventId the CloudEvents {@code id}, unique per event; consumers may deduplicate by it
 * @param topic the Kafka topic, e.g. {@code registration.events}
 * @param key the partition key that orders the stream (conference id, committee id, ...)
 * @param type the stable CloudEvents type, e.g. {@code quorum.registration.ConferenceCreated.v1}
 * @param subject the CloudEvents {@code subject}: the aggregate id
 * @param time when the change happened
 * @param data the JSON payload, kept as the exact text that will be published
 */
public record PendingEvent(
        String eventId, String topic, String key, String type, String subject, Instant time, String data) {

    Document toDocument() {
        return new Document("eventId", eventId)
                .append("topic", topic)
                .append("key", key)
                .append("type", type)
                .append("subject", subject)
                .append("time", Date.from(time))
                .append("data", data);
    }

    static PendingEvent fromDocument(Document d) {
        return new PendingEvent(
                d.getString("eventId"),
                d.getString("topic"),
                d.getString("key"),
                d.getString("type"),
                d.getString("subject"),
                d.getDate("time").toInstant(),
                d.getString("data"));
    }
}
