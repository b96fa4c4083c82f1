package dev.quorum.gateway;

import static dev.quorum.gateway.SecurityIT.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.quorum.gateway.support.Backends;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every service down: the gateway answers for them, and its circuit breakers open. The committee
 * service's port is kept apart so that one test can bring a service up behind an open breaker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class BackendDownIT {
    private static final String NOBODY_LISTENS = "http://127.0.0.1:" + freePort();
    private static final int COMMITTEE_PORT = freePort();

    @Autowired
    WebTestClient client;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("REGISTRATION_SERVICE_URL", () -> NOBODY_LISTENS);
        registry.add("COMMITTEE_SERVICE_URL", () -> "http://127.0.0.1:" + COMMITTEE_PORT);
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
    void opensTheServicesCircuitAfterRepeatedFailuresAndThenSendsItNothing() throws IOException {
        assertThat(circuitBreakers.find("committee"))
                .as("no committee call yet")
                .isEmpty();
        expectUnavailable(client.get().uri("/api/votes/v1"));
        for (int i = 0; i < 12; i++) {
            expectUnavailable(client.get().uri("/api/committees/c" + i));
        }
        CircuitBreaker committee = circuitBreakers.find("committee").orElseThrow();
        assertThat(committee.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(circuitBreakers.find("voting").orElseThrow().getState())
                .as("one failure does not open another service's breaker")
                .isEqualTo(CircuitBreaker.State.CLOSED);

        // The service comes back; while its breaker is open, the gateway still sends it nothing.
        AtomicInteger received = new AtomicInteger();
        HttpServer service =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), COMMITTEE_PORT), 0);
        service.createContext("/", exchange -> {
            received.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        service.start();
        try {
            expectUnavailable(client.get().uri("/api/committees/c-after-open"));
            assertThat(received).as("requests the open breaker let through").hasValue(0);

            committee.transitionToClosedState();
            authorized(client.get().uri("/api/committees/c-after-close"))
                    .expectStatus()
                    .isOk();
            assertThat(received).as("the closed breaker lets the call through").hasValue(1);
        } finally {
            service.stop(0);
        }
    }

    private void expectUnavailable(WebTestClient.RequestHeadersSpec<?> request) {
        expectProblem(authorized(request), 503, "unavailable").expectHeader().valueEquals("Retry-After", "10");
    }

    private static WebTestClient.ResponseSpec authorized(WebTestClient.RequestHeadersSpec<?> request) {
        return request.header("Authorization", "Bearer " + Backends.TOKENS.valid("chair-1", "CHAIR"))
                .exchange();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
