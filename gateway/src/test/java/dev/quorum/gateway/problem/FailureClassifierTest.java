package dev.quorum.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.gateway.QuorumGatewayProperties;
import dev.quorum.gateway.QuorumGatewayProperties.RateLimit;
import dev.quorum.gateway.limits.RequestBodyTooLargeException;
import dev.quorum.gateway.resilience.BackendUnavailableException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.support.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

class FailureClassifierTest {
    private final FailureClassifier classifier = new FailureClassifier(new QuorumGatewayProperties(
            DataSize.ofMegabytes(1),
            DataSize.ofKilobytes(4),
            DataSize.ofKilobytes(7),
            Duration.ofSeconds(7),
            new RateLimit(true, 200, Duration.ofSeconds(1), 10, Duration.ofMinutes(1), List.of()),
            List.of()));

    @Test
    void tellsATimeoutBehindTheCircuitBreakerFromAnUnreachableService() {
        Throwable timeout = new BackendUnavailableException(
                "voting",
                new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "slow", new TimeoutException("PT10S")));
        Throwable refused = new BackendUnavailableException("voting", new ConnectException("refused"));

        assertThat(classifier.classify(timeout))
                .get()
                .extracting(GatewayProblem::status)
                .isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        assertThat(classifier.classify(refused)).get().satisfies(problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(problem.retryAfterSeconds()).isEqualTo("7");
        });
    }

    @Test
    void blamesTheClientForABodyCutOffAtTheCap() {
        Throwable tooLarge = new BackendUnavailableException("guide", new RequestBodyTooLargeException(1024));

        assertThat(classifier.classify(tooLarge))
                .get()
                .extracting(GatewayProblem::status)
                .isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void keepsTheFrameworksOwnStatus() {
        assertThat(classifier.classify(new ResponseStatusException(HttpStatus.NOT_FOUND)))
                .get()
                .extracting(problem -> problem.type().toString())
                .isEqualTo("https://quorum.dev/problems/not-found");
    }

    @Test
    void leavesUnknownFailuresToTheCaller() {
        assertThat(classifier.classify(new IllegalStateException("bug"))).isEmpty();
    }

    @Test
    void roundsRetryAfterUpToWholeSeconds() {
        assertThat(GatewayProblem.rateLimited(Duration.ofMillis(1200)).retryAfterSeconds())
                .isEqualTo("2");
        assertThat(GatewayProblem.rateLimited(Duration.ofNanos(1)).retryAfterSeconds())
                .isEqualTo("1");
    }
}
