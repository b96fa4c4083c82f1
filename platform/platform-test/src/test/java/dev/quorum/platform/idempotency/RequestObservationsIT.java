package dev.quorum.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.platform.idempotency.IdempotencyTestApplication.SeenObservations;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.platform.test.TestTokens;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A servlet service observes each request once (ADR 50): the request's own observation (its
 * metrics and its trace span) and none of Spring Security's per-filter, authentication and
 * authorization observations, which cost CPU on every request. Red without the platform's
 * {@code SecurityObservationSettings.noObservations()} bean. The properties are IdempotencyFilterIT's
 * on purpose: both classes then share one cached application context (1.6 s here instead of a start).
 */
@QuorumIntegrationTest
@TestPropertySource(
        properties = {
            "spring.application.name=idempotency-test",
            "quorum.security.public-paths=POST /api/public/**",
            "quorum.idempotency.max-body-size=1KB"
        })
class RequestObservationsIT {
    @LocalServerPort
    int port;

    @Autowired
    SeenObservations seen;

    @Test
    void anAuthenticatedWriteIsObservedAsARequestWithoutSecurityObservations() {
        seen.stopped.clear();
        ApiClient alice = ApiClient.local(port)
                .withToken(TestTokens.builder().subject("alice").sign())
                .withHeader(IdempotencyFilter.HEADER, UUID.randomUUID().toString());

        assertThat(alice.post("/api/things", "{\"name\":\"observed\"}").status())
                .isEqualTo(201);

        // The request's observation ends after its answer is sent: wait for it, then look at all.
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.stopped.contains("http.server.requests"));
        assertThat(seen.stopped).noneMatch(name -> name.startsWith("spring.security"));
    }
}
