package dev.quorum.gateway;

import static dev.quorum.gateway.SecurityIT.expectProblem;

import dev.quorum.gateway.support.Backends;
import dev.quorum.gateway.support.StubBackend;
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

    /**
     * Sign-ins, applications and new chairs queue for bcrypt in a rush: answered after the general timeout
     * (2 s in these tests) they still arrive, while any other call answered as late times out.
     */
    @Test
    void waitsLongerForSignInsAndApplicationsThanForOtherCalls() {
        for (String path : new String[] {"/api/auth/token", "/api/schools", "/api/conferences/c1/chairs"}) {
            client.post()
                    .uri(path)
                    .header(StubBackend.TEST_ID, testId)
                    .header("Authorization", "Bearer " + delegateToken())
                    .header(StubBackend.DELAY, "3000")
                    // Its own client address (TEST-NET-2), so no other test's sign-ins use up its budget.
                    .header("X-Forwarded-For", "198.51.100.7")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.service")
                    .isEqualTo("registration");
        }
        expectProblem(
                client.get()
                        .uri("/api/conferences")
                        .header(StubBackend.TEST_ID, testId)
                        .header(StubBackend.DELAY, "3000")
                        .header("Authorization", "Bearer " + delegateToken())
                        .exchange(),
                504,
                "timeout");
    }
}
