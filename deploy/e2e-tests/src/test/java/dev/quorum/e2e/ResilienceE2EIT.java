package dev.quorum.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import dev.quorum.platform.test.ApiClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With real processes: what the system accepted survives a broker outage and a crash of the
 * service that holds the not yet published event. Kafka and then registration-service are killed
 * (SIGKILL), brought back with {@code restart}, and the event reaches the other services.
 */
@Order(2)
@ExtendWith(EmbeddedRuntimeExtension.class)
class ResilienceE2EIT {
    private static final Duration RESTART_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration DELIVERY = Duration.ofSeconds(90);

    private static EmbeddedRuntime runtime;
    private static ApiClient gateway;

    @BeforeAll
    static void connect(EmbeddedRuntime shared) {
        runtime = shared;
        gateway = ApiClient.at(runtime.gatewayUrl());
    }

    @Test
    void aConferenceAcceptedDuringABrokerOutageReachesTheOtherServicesAfterACrashAndRestarts() {
        String tokenBefore = gateway.signIn(EmbeddedRuntime.ADMIN_USERNAME, EmbeddedRuntime.ADMIN_PASSWORD);
        ApiClient before = gateway.withToken(tokenBefore);

        runtime.kill("kafka");

        // Accepted without Kafka: the event waits in the conference document's outbox.
        ApiClient.Response created = before.post(
                "/api/conferences",
                Map.of(
                        "name", "Outage MUN",
                        "startDate", "2025-11-21",
                        "endDate", "2025-11-23",
                        "timeZone", "Europe/Istanbul",
                        "venue", "Antalya"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(before.get("/api/committees?conferenceId=" + id).status())
                .as("committee-service has not heard of the conference")
                .isEqualTo(404);
        assertThat(before.get("/api/guides?conferenceId=" + id).status())
                .as("guide-service has not heard of the conference")
                .isEqualTo(404);
        assertThat(pendingEvents(id)).as("events waiting in the outbox").isPositive();

        // registration-service crashes with the event still pending; both come back. The broker
        // first: a service is ready only once its topics exist (ADR 3), so a restart of
        // registration would wait for the broker anyway.
        runtime.kill("registration");
        assertThat(restart("kafka")).as("restart kafka").isZero();
        assertThat(restart("registration")).as("restart registration").isZero();

        String tokenAfter = gateway.signIn(EmbeddedRuntime.ADMIN_USERNAME, EmbeddedRuntime.ADMIN_PASSWORD);
        ApiClient after = gateway.withToken(tokenAfter);
        await().atMost(DELIVERY).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(after.get("/api/committees?conferenceId=" + id).status())
                    .as("committees of the conference")
                    .isEqualTo(200);
            assertThat(after.get("/api/guides?conferenceId=" + id).status())
                    .as("guides of the conference")
                    .isEqualTo(200);
            assertThat(pendingEvents(id)).as("events waiting in the outbox").isZero();
        });

        ApiClient.Response conference = after.get("/api/conferences/" + id);
        assertThat(conference.status()).as(conference.body()).isEqualTo(200);
        assertThat(conference.json().get("name").asString()).isEqualTo("Outage MUN");
        ApiClient.Response withOldToken = before.get("/api/conferences/" + id);
        assertThat(withOldToken.status())
                .as("a token signed before the restart still validates (the signing key is persisted)")
                .isEqualTo(200);
        assertThat(runtime.processes()).hasSize(7);
    }

    private static int restart(String name) {
        return runtime.run(RESTART_TIMEOUT.toSeconds(), "restart", name);
    }

    /** The events of the conference not yet acknowledged by Kafka, read from registration's database. */
    private static int pendingEvents(String conferenceId) {
        try (MongoClient mongo = MongoClients.create(runtime.mongoUri())) {
            Document conference = mongo.getDatabase("quorum_registration")
                    .getCollection("conferences")
                    .find(Filters.eq("_id", conferenceId))
                    .first();
            assertThat(conference).as("conference document " + conferenceId).isNotNull();
            List<Document> outbox = conference.getList("outbox", Document.class, List.of());
            return outbox.size();
        }
    }
}
