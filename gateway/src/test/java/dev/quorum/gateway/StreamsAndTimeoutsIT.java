package dev.quorum.gateway;

import static dev.quorum.gateway.SecurityIT.expectProblem;

import dev.quorum.gateway.support.Backends;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import reactor.test.StepVerifier;

class StreamsAndTimeoutsIT extends AbstractGatewayIT {

    @AfterEach
    void releaseTheBackend() {
        Backends.GATES.open(testId);
    }

    @Test
    void relaysEachEventAsSoonAsTheServiceSendsIt() {
        FluxExchangeResult<String> stream = get("/api/sessions/s1/stream", delegateToken())
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .returnResult(String.class);

        // The service holds the stream open after "first" until the gate opens, so seeing
        // "first" here proves the gateway did not buffer the answer.
        StepVerifier.create(stream.getResponseBody())
                .expectNext("first")
                .then(() -> Backends.GATES.open(testId))
                .expectNext("second")
                .expectComplete()
                .verify(Duration.ofSeconds(30));
    }

    @Test
    void answersASlowServiceWithAGatewayTimeoutProblem() {
        expectProblem(get("/api/votes/slow", delegateToken()).exchange(), 504, "timeout");
    }
}
