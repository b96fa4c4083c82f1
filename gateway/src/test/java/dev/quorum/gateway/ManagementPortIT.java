package dev.quorum.gateway;

import static dev.quorum.gateway.SecurityIT.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.gateway.support.Backends;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Health and metrics live on the management port, which nothing routes to: Prometheus and the
 * probes read them there without a token, and the public port has no actuator at all.
 */
class ManagementPortIT extends AbstractGatewayIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    private WebTestClient management;

    @BeforeEach
    void connectToTheManagementPort() {
        // WebTestClient's default 5 s wait is too short on a loaded build machine.
        management = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + managementPort)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Test
    void servesMetricsAndHealthOnTheManagementPortWithoutAToken() {
        assertThat(managementPort).isNotEqualTo(port);
        management
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("application=\"gateway\""));
        management
                .get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
        management
                .get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk();
        management
                .get()
                .uri("/actuator/health/liveness")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void thePublicPortHasNoActuatorEvenForTheSecretariat() {
        String secretariat = Backends.TOKENS.valid("admin", "SECRETARIAT");

        expectProblem(get("/actuator/prometheus", null).exchange(), 401, "unauthorized");
        expectProblem(get("/actuator/prometheus", secretariat).exchange(), 403, "forbidden");
        expectProblem(get("/actuator/health", null).exchange(), 401, "unauthorized");
    }
}
