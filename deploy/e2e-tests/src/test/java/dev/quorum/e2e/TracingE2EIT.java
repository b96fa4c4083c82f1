package dev.quorum.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.platform.test.ApiClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One client's trace id across real processes (ADR 43): through the gateway into
 * registration-service, through its outbox and Kafka into committee-service and guide-service,
 * each showing it in its log lines; and in the problem responses a client gets, from a service and
 * from the gateway itself.
 */
@Order(1) // before ResilienceE2EIT restarts registration-service and starts its log anew
@ExtendWith(EmbeddedRuntimeExtension.class)
class TracingE2EIT {
    private static final Duration ARRIVAL = Duration.ofSeconds(60);
    private static EmbeddedRuntime runtime;
    private static ApiClient gateway;

    @BeforeAll
    static void connect(EmbeddedRuntime shared) {
        runtime = shared;
        gateway = ApiClient.at(runtime.gatewayUrl());
    }

    @Test
    void aClientsTraceIdReachesTheLogsOfTheGatewayTheProducerAndTheConsumers() {
        String traceId = "5e1f00d5c0ffee0000000000000a11ce";
        ApiClient api = gateway.withToken(
                        gateway.signIn(EmbeddedRuntime.ADMIN_USERNAME, EmbeddedRuntime.ADMIN_PASSWORD))
                .withHeader("traceparent", "00-" + traceId + "-1111111111111111-01");

        ApiClient.Response created = api.post(
                "/api/conferences",
                Map.of(
                        "name", "Traced MUN",
                        "startDate", "2026-03-02",
                        "endDate", "2026-03-04",
                        "timeZone", "Europe/Berlin",
                        "venue", "Berlin"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        await().atMost(ARRIVAL).untilAsserted(() -> {
            assertThat(linesWith(traceId, "gateway"))
                    .as("the gateway's route match")
                    .isNotEmpty();
            assertThat(linesWith(traceId, "registration"))
                    .as("registration-service storing ConferenceCreated")
                    .anyMatch(line -> line.contains("Stored events") && line.contains("ConferenceCreated"));
            for (String consumer : List.of("committee", "guide")) {
                assertThat(linesWith(traceId, consumer))
                        .as(consumer + "-service handling ConferenceCreated")
                        .anyMatch(line -> line.contains("Handling event") && line.contains("ConferenceCreated"));
            }
        });
    }

    @Test
    void problemResponsesNameTheClientsTrace() {
        String serviceTrace = "5e1f00d5c0ffee0000000000000b0b00";
        ApiClient.Response invalid = gateway.withToken(
                        gateway.signIn(EmbeddedRuntime.ADMIN_USERNAME, EmbeddedRuntime.ADMIN_PASSWORD))
                .withHeader("traceparent", "00-" + serviceTrace + "-2222222222222222-01")
                .post("/api/conferences", Map.of("name", ""));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("traceId").asString()).isEqualTo(serviceTrace);

        String gatewayTrace = "5e1f00d5c0ffee0000000000000c0c00";
        ApiClient.Response unauthorized = gateway.withHeader(
                        "traceparent", "00-" + gatewayTrace + "-3333333333333333-01")
                .get("/api/conferences");
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.json().get("traceId").asString()).isEqualTo(gatewayTrace);
    }

    private static List<String> linesWith(String traceId, String component) {
        return runtime.log(component)
                .lines()
                .filter(line -> line.contains(traceId))
                .toList();
    }
}
