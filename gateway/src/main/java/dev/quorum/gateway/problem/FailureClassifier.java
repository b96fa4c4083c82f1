package dev.quorum.gateway.problem;

import dev.quorum.gateway.QuorumGatewayProperties;
import dev.quorum.gateway.limits.RequestBodyTooLargeException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Decides which problem answers a failure: the same rules for the global error handler and the
 * circuit breaker fallback, so a client sees one answer for one kind of failure whichever path
 * it took. Unknown failures yield empty, and the caller treats them as unexpected.
 */
@Component
public class FailureClassifier {
    private final Duration retryAfter;

    public FailureClassifier(QuorumGatewayProperties properties) {
        this.retryAfter = properties.unavailableRetryAfter();
    }

    public Optional<GatewayProblem> classify(Throwable failure) {
        // Reactor Netty, the gateway and the circuit breaker wrap what actually happened, so the
        // root facts (refused connection, timeout) win over any status wrapped around them.
        Optional<GatewayProblem> fact =
                causes(failure).map(this::fromFact).flatMap(Optional::stream).findFirst();
        if (fact.isPresent()) {
            return fact;
        }
        // The innermost status is the most specific one (a 504 inside the circuit breaker's 503).
        return causes(failure)
                .filter(ResponseStatusException.class::isInstance)
                .map(t -> ((ResponseStatusException) t).getStatusCode())
                .reduce((outer, inner) -> inner)
                .map(this::fromStatus);
    }

    private Optional<GatewayProblem> fromFact(Throwable t) {
        if (t instanceof RequestBodyTooLargeException tooLarge) {
            return Optional.of(GatewayProblem.tooLarge(tooLarge.maxBytes()));
        }
        if (t instanceof CallNotPermittedException
                || t instanceof ConnectException
                || t instanceof UnknownHostException) {
            return Optional.of(GatewayProblem.unavailable(retryAfter));
        }
        // The gateway's HTTP client reports its response timeout with its own exception type.
        if (t instanceof TimeoutException || t instanceof org.springframework.cloud.gateway.support.TimeoutException) {
            return Optional.of(GatewayProblem.timeout());
        }
        if (t instanceof IOException) {
            // Anything else on the wire: the backend broke off the connection mid-answer.
            return Optional.of(GatewayProblem.badGateway());
        }
        return Optional.empty();
    }

    private GatewayProblem fromStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 503 -> GatewayProblem.unavailable(retryAfter);
            case 504 -> GatewayProblem.timeout();
            default -> GatewayProblem.forStatus(status);
        };
    }

    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, t -> t != null, t -> t.getCause() == t ? null : t.getCause())
                .limit(20);
    }
}
