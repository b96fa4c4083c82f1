package dev.quorum.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.MongoException;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.quorum.platform.test.InfrastructureAvailableCondition;
import dev.quorum.platform.test.TestInfrastructure;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An outage of the store is not a poison message: events that arrive while MongoDB is down wait,
 * are retried far beyond the bounded budget for application errors, and are all applied once it
 * is back, with nothing dead-lettered. A data error, by contrast, is dead-lettered at once.
 */
@ExtendWith(InfrastructureAvailableCondition.class)
@SpringBootTest(classes = ConsumerTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ConsumerOutageIT {
    private static final String TOPIC =
            "outage.test." + UUID.randomUUID().toString().substring(0, 8);
    private static final int BOUNDED_RETRIES = 2;
    private static final Duration WAIT = Duration.ofSeconds(30);

    // This test's own store, so that stopping it disturbs no other test.
    private static MongoServer mongo = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = mongo.bind();

    @Autowired
    ConsumerTestApplication.NotesListener listener;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + MONGO_ADDRESS.getPort());
        registry.add("spring.mongodb.database", () -> "outage_test");
        registry.add("spring.application.name", () -> "outage-test");
        registry.add("spring.kafka.consumer.group-id", () -> "outage-test-" + UUID.randomUUID());
        registry.add("test.topic", () -> TOPIC);
        registry.add("quorum.kafka.topics", () -> TOPIC);
        registry.add("quorum.kafka.partitions", () -> 3);
        // Short waits keep the test quick; the classification, not the durations, is under test.
        registry.add("quorum.kafka.retry-max-attempts", () -> BOUNDED_RETRIES);
        registry.add("quorum.kafka.retry-initial-interval", () -> "50ms");
        registry.add("quorum.kafka.retry-max-interval", () -> "100ms");
        registry.add("quorum.kafka.outage-retry-initial-interval", () -> "100ms");
        registry.add("quorum.kafka.outage-retry-max-interval", () -> "400ms");
        registry.add("quorum.mongodb.server-selection-timeout", () -> "300ms");
        registry.add("quorum.mongodb.connect-timeout", () -> "300ms");
        registry.add("quorum.mongodb.socket-timeout", () -> "2s");
    }

    @AfterAll
    static void stopMongo() {
        mongo.shutdownNow();
    }

    @Test
    void eventsArrivingDuringAStoreOutageAreAppliedWhenItIsBackAndNoneIsDeadLettered() {
        String warmUp = note("warm-up");
        await().atMost(WAIT).until(() -> listener.applied(warmUp));

        mongo.shutdownNow();
        List<String> during =
                IntStream.range(0, 5).mapToObj(i -> note("during outage " + i)).toList();
        int attemptsBefore = listener.totalAttempts();
        // The bounded budget is 1 + BOUNDED_RETRIES deliveries: wait until the outage outlasted it
        // several times over.
        await().atMost(WAIT).until(() -> listener.totalAttempts() - attemptsBefore > 4 * (1 + BOUNDED_RETRIES));
        assertThat(during).noneMatch(this::appliedQuietly);

        mongo = new MongoServer(new MemoryBackend());
        mongo.bind(MONGO_ADDRESS.getHostString(), MONGO_ADDRESS.getPort());

        await().atMost(WAIT)
                // The test's own reads reconnect to the restarted server too: a timed-out read is retried.
                .ignoreExceptionsInstanceOf(MongoException.class)
                .until(() -> during.stream().allMatch(listener::applied));
        assertThat(deadLetterKeys()).doesNotContainAnyElementsOf(during);
    }

    @Test
    void aDataErrorIsDeadLetteredAtOnceWithoutRetries() {
        String key = UUID.randomUUID().toString();
        String nullData = UUID.randomUUID().toString();
        String invalidData = UUID.randomUUID().toString();
        NoteEvents.publish(TOPIC, key, nullData, "null");
        NoteEvents.publish(TOPIC, key, invalidData, "{\"version\":1}");

        await().atMost(WAIT)
                .until(() -> deadLetterKeys().stream().filter(key::equals).count() == 2);
        assertThat(listener.attempts(nullData)).isEqualTo(1);
        assertThat(listener.attempts(invalidData)).isEqualTo(1);
    }

    private boolean appliedQuietly(String noteId) {
        try {
            return listener.applied(noteId);
        } catch (RuntimeException storeDown) {
            return false;
        }
    }

    private static List<String> deadLetterKeys() {
        return NoteEvents.deadLetterKeys(TOPIC, WAIT);
    }

    private static String note(String text) {
        return NoteEvents.publishNote(TOPIC, text);
    }
}
