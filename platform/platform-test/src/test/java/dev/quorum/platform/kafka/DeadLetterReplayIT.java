package dev.quorum.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.InfrastructureAvailableCondition;
import dev.quorum.platform.test.KafkaTestClient;
import dev.quorum.platform.test.TestInfrastructure;
import dev.quorum.platform.test.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Dead letters replayed through the operator endpoint after a fix are applied; a second replay
 * copies nothing again.
 */
@ExtendWith(InfrastructureAvailableCondition.class)
@SpringBootTest(
        classes = ConsumerTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.endpoints.web.exposure.include=health,dltreplay")
class DeadLetterReplayIT {
    private static final String TOPIC =
            "replay.test." + UUID.randomUUID().toString().substring(0, 8);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    ConsumerTestApplication.NotesListener listener;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", TestInfrastructure::mongoUri);
        registry.add(
                "spring.mongodb.database",
                () -> "replay_test_" + UUID.randomUUID().toString().substring(0, 8));
        registry.add("spring.application.name", () -> "replay-test");
        registry.add("spring.kafka.consumer.group-id", () -> "replay-test-" + UUID.randomUUID());
        registry.add("test.topic", () -> TOPIC);
        registry.add("quorum.kafka.topics", () -> TOPIC);
        registry.add("quorum.kafka.partitions", () -> 3);
        registry.add("quorum.security.jwks-uri", TestTokens::jwksUri);
    }

    @Test
    void replaysDeadLettersIntoTheirTopicOnceAndTheyAreApplied() {
        listener.rejecting.set(true);
        List<String> notes = List.of(note("first"), note("second"));
        await().atMost(WAIT).until(() -> deadLetterKeys().containsAll(notes));

        listener.rejecting.set(false); // the fix is deployed
        ApiClient.Response replay = replay(TOPIC);

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("replayed").asLong()).isEqualTo(2);
        assertThat(replay.json().get("complete").asBoolean()).isTrue();
        await().atMost(WAIT).until(() -> notes.stream().allMatch(listener::applied));
        Map<String, List<ConsumerRecord<String, byte[]>>> byNote = KafkaTestClient.readToEnd(TOPIC, WAIT).stream()
                .filter(r -> notes.contains(r.key()))
                .collect(Collectors.groupingBy(ConsumerRecord::key));
        assertThat(byNote.values()).hasSize(2).allSatisfy(originalThenCopy -> {
            assertThat(originalThenCopy).hasSize(2);
            ConsumerRecord<String, byte[]> copy = originalThenCopy.get(1);
            assertThat(copy.value()).isEqualTo(originalThenCopy.get(0).value());
            assertThat(KafkaTestClient.header(copy, "ce_type")).isEqualTo(ConsumerTestApplication.NOTED);
            assertThat(copy.headers()).noneMatch(h -> h.key().startsWith(DeadLetterReplay.DLT_HEADER_PREFIX));
        });

        assertThat(replay(TOPIC).json().get("replayed").asLong())
                .as("already replayed")
                .isZero();
    }

    @Test
    void refusesTopicsThatAreNotTheServicesAndCallersWithoutAToken() {
        ApiClient.Response foreign = replay("someone.elses.events");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");

        assertThat(ApiClient.local(port)
                        .post("/actuator/dltreplay/" + TOPIC, "{}")
                        .status())
                .isEqualTo(401);
    }

    private ApiClient.Response replay(String topic) {
        return ApiClient.local(port).withToken(TestTokens.secretariat()).post("/actuator/dltreplay/" + topic, "{}");
    }

    private static List<String> deadLetterKeys() {
        return NoteEvents.deadLetterKeys(TOPIC, WAIT);
    }

    private static String note(String text) {
        return NoteEvents.publishNote(TOPIC, text);
    }
}
