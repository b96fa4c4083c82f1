package dev.quorum.platform.kafka;

import com.mongodb.client.MongoDatabase;
import dev.quorum.platform.consumer.EventRouter;
import dev.quorum.platform.consumer.IdempotentWrites;
import dev.quorum.platform.consumer.PoisonEventException;
import io.cloudevents.CloudEvent;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * A minimal service for the platform's consumer tests: one listener on {@code test.topic} that
 * applies {@code quorum.test.Noted.v1} events to MongoDB through {@link EventRouter} and
 * {@link IdempotentWrites}, and counts every delivery attempt per event id.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ConsumerTestApplication.NotesListener.class)
class ConsumerTestApplication {
    static final String NOTED = "quorum.test.Noted.v1";

    record Noted(@NotBlank String id, long version, String text) {}

    static class NotesListener {
        final Map<String, Integer> attempts = new ConcurrentHashMap<>();
        /** While set, the handler rejects every event as poison (a bug that a later fix removes). */
        final AtomicBoolean rejecting = new AtomicBoolean();

        private final EventRouter router;
        private final MongoDatabase database;

        NotesListener(EventRouter router, MongoDatabase database) {
            this.database = database;
            this.router = router.on(NOTED, Noted.class, event -> apply(event.data()));
        }

        @KafkaListener(topics = "${test.topic}")
        void on(ConsumerRecord<String, CloudEvent> record) {
            if (record.value() != null) {
                attempts.merge(record.value().getId(), 1, Integer::sum);
            }
            router.dispatch(record.value());
        }

        int attempts(String eventId) {
            return attempts.getOrDefault(eventId, 0);
        }

        int totalAttempts() {
            return attempts.values().stream().mapToInt(Integer::intValue).sum();
        }

        boolean applied(String noteId) {
            return notes().find(new Document("_id", noteId)).first() != null;
        }

        private void apply(Noted note) {
            if (rejecting.get()) {
                throw new PoisonEventException("Rejected by the test: " + note.id());
            }
            IdempotentWrites.upsertIfNewer(notes(), note.id(), note.version(), new Document("text", note.text()));
        }

        private com.mongodb.client.MongoCollection<Document> notes() {
            return database.getCollection("notes");
        }
    }
}
