package dev.quorum.guide.conference.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.guide.conference.application.ConferenceCatalog;
import dev.quorum.guide.conference.domain.Conference;
import dev.quorum.platform.security.Roles;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.EventContracts;
import dev.quorum.platform.test.KafkaTestClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.platform.test.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** registration.events reach this service's own store: once, and past poison messages. */
@QuorumIntegrationTest
class RegistrationEventsIT {
    private static final String TOPIC = "registration.events";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ConferenceCatalog catalog;

    @Test
    void conferenceIsAppliedOnceEvenWhenDeliveredTwice() {
        String conferenceId = newId();
        String eventId = newId();
        publish(conferenceId, eventId, conferenceCreated(conferenceId, "ACIMUN'25"));

        await().atMost(WAIT).until(() -> catalog.find(conferenceId).isPresent());

        // The same event again (same id and version) with altered data: applying it would show.
        publish(conferenceId, eventId, conferenceCreated(conferenceId, "TAMPERED"));
        String sentinel = newId();
        publish(conferenceId, newId(), conferenceCreated(sentinel, "Sentinel")); // same key: same partition, after
        await().atMost(WAIT).until(() -> catalog.find(sentinel).isPresent());

        assertThat(catalog.find(conferenceId)).map(Conference::name).contains("ACIMUN'25");
    }

    @Test
    void newerUpdatesReplaceTheCopyAndLateOlderOnesAreIgnored() {
        String conferenceId = newId();
        publish(conferenceId, newId(), conferenceCreated(conferenceId, "ACIMUN'25"));
        publishUpdated(conferenceId, 3, "ACIMUN'25 (renamed)");
        publishUpdated(conferenceId, 2, "Stale name");
        String sentinel = newId();
        publish(conferenceId, newId(), conferenceCreated(sentinel, "Sentinel"));

        await().atMost(WAIT).until(() -> catalog.find(sentinel).isPresent());
        assertThat(catalog.find(conferenceId)).map(Conference::name).contains("ACIMUN'25 (renamed)");
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicAndLaterEventsStillFlow() {
        String key = newId();
        KafkaTestClient.publish(new ProducerRecord<>(TOPIC, key, "not a cloud event".getBytes(StandardCharsets.UTF_8)));
        publish(key, newId(), "{\"version\":1}".getBytes(StandardCharsets.UTF_8));
        String later = newId();
        publish(key, newId(), conferenceCreated(later, "After the poison"));

        await().atMost(WAIT).until(() -> catalog.find(later).isPresent());
        var deadLetters = KafkaTestClient.awaitRecords(
                TOPIC + "-dlt", r -> key.equals(r.key()) && r.headers().lastHeader("ce_type") != null, WAIT);
        assertThat(deadLetters.stream().filter(r -> key.equals(r.key())))
                .hasSize(2)
                .allSatisfy(r -> assertThat(KafkaTestClient.header(r, "kafka_dlt-exception-fqcn"))
                        .isNotBlank());
    }

    @Test
    void guidesOfAKnownConferenceAreListedToItsMembersOnly() {
        String conferenceId = newId();
        ApiClient api = ApiClient.local(port);
        String chair = TestTokens.builder()
                .roles(Roles.DELEGATE)
                .conferences(conferenceId)
                .sign();

        assertThat(api.withToken(chair)
                        .get("/api/guides?conferenceId=" + conferenceId)
                        .status())
                .as("unknown conference")
                .isEqualTo(404);

        publish(conferenceId, newId(), conferenceCreated(conferenceId, "ACIMUN'25"));
        await().atMost(WAIT)
                .until(() -> api.withToken(chair)
                                .get("/api/guides?conferenceId=" + conferenceId)
                                .status()
                        == 200);

        String outsider =
                TestTokens.builder().roles(Roles.DELEGATE).conferences(newId()).sign();
        ApiClient.Response hidden = api.withToken(outsider).get("/api/guides?conferenceId=" + conferenceId);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.json().get("type").asString()).isEqualTo("https://quorum.dev/problems/not-found");
        // Without a token the list answers only for a conference that made its guides public.
        assertThat(api.get("/api/guides?conferenceId=" + conferenceId).status()).isEqualTo(404);
        String expired = TestTokens.builder()
                .conferences(conferenceId)
                .expiresAt(java.time.Instant.now().minusSeconds(120))
                .sign();
        assertThat(api.withToken(expired)
                        .get("/api/guides?conferenceId=" + conferenceId)
                        .status())
                .isEqualTo(401);
    }

    private byte[] conferenceCreated(String conferenceId, String name) {
        ObjectNode data = (ObjectNode)
                json.readTree(EventContracts.producerExample("registration-service", "ConferenceCreated.v1"));
        data.put("conferenceId", conferenceId);
        data.put("name", name);
        return json.writeValueAsBytes(data);
    }

    private void publishUpdated(String conferenceId, long version, String name) {
        ObjectNode data = (ObjectNode)
                json.readTree(EventContracts.producerExample("registration-service", "ConferenceUpdated.v1"));
        data.put("conferenceId", conferenceId);
        data.put("version", version);
        data.put("name", name);
        KafkaTestClient.publishCloudEvent(
                TOPIC, conferenceId, newId(), ConferenceUpdated.TYPE, conferenceId, json.writeValueAsBytes(data));
    }

    private static void publish(String key, String eventId, byte[] data) {
        KafkaTestClient.publishCloudEvent(TOPIC, key, eventId, ConferenceCreated.TYPE, key, data);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
