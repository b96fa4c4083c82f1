package dev.quorum.gateway;

import static dev.quorum.gateway.SecurityIT.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.gateway.support.Backends;
import dev.quorum.gateway.support.StubBackend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
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
     * Sign-ins, applications, new chairs and new Secretariat members queue for bcrypt in a rush: held by the service past
     * the general timeout (2 s in these tests) they still arrive, while any other call held as long
     * times out. No clock in the test: the other call's 504 is what shows the time has passed.
     */
    @Test
    void waitsLongerForSignInsAndApplicationsThanForOtherCalls() throws Exception {
        // Held answers take longer than WebTestClient's default 5 s wait on a loaded machine.
        WebTestClient patient =
                client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> held = new ArrayList<>();
            for (String path : new String[] {
                "/api/auth/token", "/api/schools", "/api/conferences/c1/chairs", "/api/conferences/c1/secretariat"
            }) {
                held.add(callers.submit(() -> patient.post()
                        .uri(path)
                        .header(StubBackend.TEST_ID, testId)
                        .header("Authorization", "Bearer " + delegateToken())
                        .header(StubBackend.HOLD, "true")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{}")
                        .exchange()
                        .expectBody(String.class)
                        .returnResult()
                        .getStatus()
                        .value()));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> Backends.REGISTRATION.countTagged(testId) == 4);

            expectProblem(
                    client.get()
                            .uri("/api/conferences")
                            .header(StubBackend.TEST_ID, testId)
                            .header(StubBackend.HOLD, "true")
                            .header("Authorization", "Bearer " + delegateToken())
                            .exchange(),
                    504,
                    "timeout");
            Backends.GATES.open(testId);

            for (Future<Integer> answer : held) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            callers.shutdownNow();
        }
    }
}
