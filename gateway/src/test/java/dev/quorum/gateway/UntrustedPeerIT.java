package dev.quorum.gateway;

import static dev.quorum.gateway.SecurityIT.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The shipped default: no peer is a trusted proxy, so a client on loopback (any local process on
 * the embedded runtime) is counted by its connection, whatever {@code X-Forwarded-For} it sends.
 * The context is closed afterwards: this test uses up the loopback sign-in budget that the other
 * tests sharing it rely on.
 */
@DirtiesContext
class UntrustedPeerIT extends AbstractGatewayIT {

    @Test
    void aLoopbackClientRotatingForwardedForStillRunsIntoTheSignInLimit() {
        // Earlier tests in this context may have spent part of the budget already, so only the
        // last attempt is certain: one more than the limit, each claiming a fresh address.
        for (int i = 1; i <= SIGN_IN_LIMIT; i++) {
            signIn("198.51.100." + i)
                    .expectStatus()
                    .value(status -> assertThat(status).isIn(200, 429));
        }

        expectProblem(signIn("198.51.100.200"), 429, "rate-limited");
    }
}
