package dev.quorum.gateway;

import static dev.quorum.gateway.SecurityIT.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.gateway.support.Backends;
import org.junit.jupiter.api.Test;

/**
 * An overlong request line or oversize headers get a problem like every other error: the
 * gateway's limits answer before Reactor Netty's (higher) decoder limits would with an empty body.
 */
class HeadLimitsIT extends AbstractGatewayIT {

    @Test
    void answersAFiveThousandCharacterPathWith414Problem() {
        expectProblem(
                        get("/api/committees/" + "a".repeat(5_000), delegateToken())
                                .exchange(),
                        414,
                        "uri-too-long")
                // Not echoed back: the overlong path is the problem.
                .expectBody()
                .jsonPath("$.instance")
                .doesNotExist();

        assertThat(Backends.COMMITTEE.requestTagged(testId)).isEmpty();
    }

    @Test
    void answersTwentyKilobytesOfHeadersWith431Problem() {
        expectProblem(
                get("/api/committees/c1", delegateToken())
                        .header("X-Padding", "p".repeat(20 * 1024))
                        .exchange(),
                431,
                "headers-too-large");

        assertThat(Backends.COMMITTEE.requestTagged(testId)).isEmpty();
    }

    @Test
    void passesARequestJustUnderBothLimits() {
        get("/api/committees/" + "a".repeat(3_000), delegateToken())
                .header("X-Padding", "p".repeat(2_000))
                .exchange()
                .expectStatus()
                .isOk();
    }
}
