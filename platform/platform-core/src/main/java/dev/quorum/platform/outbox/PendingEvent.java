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
 * @param sequence the event's position in its aggregate's history (see {@link #position}), set by
 *     {@link OutboxWriter} and published as the CloudEvents {@code sequence} attribute; null only
 *     for events stored before positions existed
 * @param traceparent the W3C {@code traceparent} of the request that caused the event, published
 *     as a Kafka header so that consumers continue its trace (ADR 43); null when there was none
 */
public record PendingEvent(
        String eventId,
        String topic,
        String key,
        String type,
        String subject,
        Instant time,
        String data,
        String sequence,
        String traceparent) {

    /** An event that belongs to no trace (tests, benchmarks, events stored before traces existed). */
    public PendingEvent(
            String eventId,
            String topic,
            String key,
            String type,
            String subject,
            Instant time,
            String data,
            String sequence) {
        this(eventId, topic, key, type, subject, time, data, sequence, null);
    }

    /**
     * The position of the {@code index}-th event of the write that brought its aggregate to
     * {@code version}: zero-padded so that positions compare as plain strings (in Java, in MongoDB
     * and in any consumer), e.g. version 3, index 1 is {@code 0000000000000000003-00001}. Two
     * events of one write share the version but not the position.
     */
    public static String position(long version, int index) {
        return String.format("%019d-%05d", version, index);
    }

    /** This event at the given position (see {@link #position}). */
    PendingEvent at(long version, int index) {
        return new PendingEvent(eventId, topic, key, type, subject, time, data, position(version, index), traceparent);
    }

    Document toDocument() {
        return new Document("eventId", eventId)
                .append("topic", topic)
                .append("key", key)
                .append("type", type)
                .append("subject", subject)
                .append("time", Date.from(time))
                .append("data", data)
                .append("sequence", sequence)
                .append("traceparent", traceparent);
    }

    /**
     * @throws IllegalArgumentException when a stored entry lacks a field every event needs (it can
     *     then never be published, see {@link OutboxRelay} on parking)
     */
    static PendingEvent fromDocument(Document d) {
        String eventId = d.getString("eventId");
        String topic = d.getString("topic");
        String type = d.getString("type");
        Date time = d.getDate("time");
        String data = d.getString("data");
        if (eventId == null || topic == null || type == null || time == null || data == null) {
            throw new IllegalArgumentException("outbox entry lacks eventId, topic, type, time or data");
        }
        return new PendingEvent(
                eventId,
                topic,
                d.getString("key"),
                type,
                d.getString("subject"),
                time.toInstant(),
                data,
                d.getString("sequence"),
                d.getString("traceparent"));
    }
}
