package dev.quorum.gateway;

import static dev.quorum.gateway.SecurityIT.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.gateway.support.Backends;
import dev.quorum.gateway.support.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a trusted proxy (here: loopback, as the test client connects from it), the client is the
 * right-most {@code X-Forwarded-For} hop that is not a trusted proxy: the one our proxy appended.
 */
@TestPropertySource(properties = "GATEWAY_TRUSTED_PROXIES=127[.]0[.]0[.]1|0:0:0:0:0:0:0:1")
class TrustedProxyIT extends AbstractGatewayIT {

    @LocalServerPort
    int port;

    @Test
    void countsSignInsByTheHopTheProxyAppendedNotByWhatTheClientWrote() {
        String client = freshDocumentationAddress();
        for (int i = 0; i < SIGN_IN_LIMIT; i++) {
            // The client wrote a fresh address each time; the proxy appended the real one.
            signIn("198.51.100." + (i + 1) + ", " + client).expectStatus().isOk();
        }

        expectProblem(signIn("198.51.100.200, " + client), 429, "rate-limited")
                .expectHeader()
                .value(
                        "Retry-After",
                        retryAfter -> assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L));

        // Another client behind the same proxy keeps its own budget.
        signIn(freshDocumentationAddress()).expectStatus().isOk();
    }

    @Test
    void tellsTheServiceWhereTheClientCameInSoItsLinksPointAtTheGateway() {
        get("/api/committees/c1", delegateToken()).exchange().expectStatus().isOk();

        RecordedRequest received = Backends.COMMITTEE.requestTagged(testId).orElseThrow();
        assertThat(received.header("X-Forwarded-Host")).isEqualTo("localhost:" + port);
        assertThat(received.header("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(received.header("X-Forwarded-Port")).isEqualTo(String.valueOf(port));
        assertThat(received.header("Host")).isEqualTo("localhost:" + port);
    }
}
