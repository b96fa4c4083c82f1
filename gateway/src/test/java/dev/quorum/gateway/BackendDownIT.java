package dev.quorum.gateway;

import static dev.quorum.gateway.SecurityIT.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.gateway.support.Backends;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every service down: the gateway answers for them, and its circuit breakers open. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class BackendDownIT {
    private static final String NOBODY_LISTENS = "http://127.0.0.1:" + freePort();

    @Autowired
    WebTestClient client;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("REGISTRATION_SERVICE_URL", () -> NOBODY_LISTENS);
        registry.add("COMMITTEE_SERVICE_URL", () -> NOBODY_LISTENS);
        registry.add("VOTING_SERVICE_URL", () -> NOBODY_LISTENS);
        registry.add("GUIDE_SERVICE_URL", () -> NOBODY_LISTENS);
        // Tokens are still checked against a live key set.
        registry.add("QUORUM_JWKS_URI", () -> Backends.REGISTRATION.url() + "/.well-known/jwks.json");
    }

    @Test
    void answersReadsAndWritesWithAnUnavailableProblemAndRetryAfter() {
        expectUnavailable(client.get().uri("/api/guides/g1"));
        expectUnavailable(client.post()
                .uri("/api/guides")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}"));
    }

    @Test
    void answersAnEventStreamOfADownServiceWithAnUnavailableProblem() {
        expectUnavailable(client.get().uri("/api/votes/v1/stream").accept(MediaType.TEXT_EVENT_STREAM));
    }

    @Test
    void opensTheServicesCircuitAfterRepeatedFailuresAndKeepsAnswering() {
        for (int i = 0; i < 12; i++) {
            expectUnavailable(client.get().uri("/api/committees/c" + i));
        }

        CircuitBreaker committee = circuitBreakers.circuitBreaker("committee");
        assertThat(committee.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        expectUnavailable(client.get().uri("/api/committees/c-after-open"));
        assertThat(circuitBreakers.circuitBreaker("voting").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    private void expectUnavailable(WebTestClient.RequestHeadersSpec<?> request) {
        expectProblem(
                        request.header("Authorization", "Bearer " + Backends.TOKENS.valid("chair-1", "CHAIR"))
                                .exchange(),
                        503,
                        "unavailable")
                .expectHeader()
                .valueEquals("Retry-After", "10");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
