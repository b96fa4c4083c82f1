package dev.quorum.platform.problem;

import java.time.Duration;
import java.util.Optional;

/**
 * Answered with HTTP 503, type {@link ProblemTypes#UNAVAILABLE} and a {@code Retry-After} header:
 * the service is healthy but has more of some bounded work queued than it can finish in time, so
 * it asks the client to come back rather than let the request wait past the gateway's timeout.
 * Nothing was changed; retrying with the same {@code Idempotency-Key} is safe.
 */
public class ServiceBusyException extends ApiProblemException {
    private final Duration retryAfter;

    public ServiceBusyException(String detail, Duration retryAfter) {
        super(503, ProblemTypes.UNAVAILABLE, "Service busy", detail);
        this.retryAfter = retryAfter;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
