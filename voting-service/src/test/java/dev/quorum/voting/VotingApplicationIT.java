package dev.quorum.voting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The service starts against real Kafka and MongoDB and reports itself healthy and described. */
@QuorumIntegrationTest
class VotingApplicationIT {
    @LocalServerPort
    int port;

    @Test
    void livenessAndReadinessAreUpIncludingMongo() {
        ApiClient api = ApiClient.local(port);

        assertThat(api.get("/actuator/health/liveness").json().get("status").asString())
                .isEqualTo("UP");
        ApiClient.Response readiness = api.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void servesOpenApi31AndKeepsActuatorInternalsClosed() {
        ApiClient api = ApiClient.local(port);

        assertThat(api.get("/v3/api-docs").json().get("openapi").asString()).startsWith("3.1");
        assertThat(api.get("/actuator/env").status()).isIn(401, 404);
        assertThat(api.get("/api/votes").status()).isEqualTo(401);
    }
}
