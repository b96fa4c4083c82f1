package dev.quorum.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.gateway.support.Backends;
import dev.quorum.gateway.support.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The gateway continues a client's W3C trace into the service it routes to, and names the trace
 * in its own problem responses (ADR 43).
 */
class TracingIT extends AbstractGatewayIT {
    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String CLIENT_TRACEPARENT = "00-" + TRACE_ID + "-b7ad6b7169203331-01";

    @Test
    void passesTheClientsTraceOnToTheServiceUnderASpanOfItsOwn() {
        get("/api/committees", delegateToken())
                .header("traceparent", CLIENT_TRACEPARENT)
                .exchange()
                .expectStatus()
                .isOk();

        RecordedRequest received = Backends.COMMITTEE.requestTagged(testId).orElseThrow();
        String traceparent = received.header("traceparent");
        assertThat(traceparent).as("the trace the service continues").startsWith("00-" + TRACE_ID + "-");
        assertThat(traceparent)
                .as("the parent is the gateway's span, not the client's")
                .doesNotContain("b7ad6b7169203331");
    }

    @Test
    void startsATraceForAClientWithoutOne() {
        get("/api/committees", delegateToken()).exchange().expectStatus().isOk();

        String traceparent =
                Backends.COMMITTEE.requestTagged(testId).orElseThrow().header("traceparent");
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void namesTheClientsTraceInItsProblems() {
        get("/api/committees", null)
                .header("traceparent", CLIENT_TRACEPARENT)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.traceId")
                .isEqualTo(TRACE_ID);
    }

    @Test
    void namesAFreshTraceInAProblemOfARequestWithoutOne() {
        get("/api/no-such-thing", delegateToken())
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.traceId")
                .value(id -> assertThat((String) id).matches("[0-9a-f]{32}"));
    }
}
