package dev.quorum.gateway;

import static dev.quorum.gateway.SecurityIT.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.gateway.support.Backends;
import dev.quorum.gateway.support.StubBackend;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

class LimitsIT extends AbstractGatewayIT {
    private static final String OVER_ONE_KB = "x".repeat(1500);

    @Test
    void refusesADeclaredOversizeBodyBeforeItReachesTheService() {
        expectProblem(
                client.post()
                        .uri("/api/schools")
                        .header(StubBackend.TEST_ID, testId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"name\":\"" + OVER_ONE_KB + "\"}")
                        .exchange(),
                413,
                "payload-too-large");

        assertThat(Backends.REGISTRATION.requestTagged(testId)).isEmpty();
    }

    @Test
    void cutsOffAChunkedBodyOnceItPassesTheCap() {
        Flux<DataBuffer> chunks = Flux.range(0, 3)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(
                        OVER_ONE_KB.substring(0, 600).getBytes(StandardCharsets.UTF_8)));

        expectProblem(
                client.post()
                        .uri("/api/schools")
                        .header(StubBackend.TEST_ID, testId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(chunks, DataBuffer.class)
                        .exchange(),
                413,
                "payload-too-large");
    }

    @Test
    void acceptsABodyUnderTheCap() {
        client.post()
                .uri("/api/schools")
                .header(StubBackend.TEST_ID, testId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"Lycee\"}")
                .exchange()
                .expectStatus()
                .isOk();
    }
}
