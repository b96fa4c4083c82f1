package dev.quorum.platform.kafka;

import dev.quorum.platform.test.KafkaTestClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Publishes the events {@link ConsumerTestApplication} consumes, and reads its dead letters. */
final class NoteEvents {
    private NoteEvents() {}

    /** Publishes a valid note keyed by its own id, and returns the id. */
    static String publishNote(String topic, String text) {
        String id = UUID.randomUUID().toString();
        publish(
                topic,
                id,
                UUID.randomUUID().toString(),
                "{\"id\":\"" + id + "\",\"version\":1,\"text\":\"" + text + "\"}");
        return id;
    }

    /** Publishes a {@code Noted} event with the given data, valid or not. */
    static void publish(String topic, String key, String eventId, String json) {
        KafkaTestClient.publishCloudEvent(
                topic, key, eventId, ConsumerTestApplication.NOTED, key, json.getBytes(StandardCharsets.UTF_8));
    }

    /** The keys of every record in {@code <topic>-dlt} now. */
    static List<String> deadLetterKeys(String topic, Duration timeout) {
        return KafkaTestClient.readToEnd(topic + QuorumKafkaProperties.DLT_SUFFIX, timeout).stream()
                .map(ConsumerRecord::key)
                .toList();
    }
}
