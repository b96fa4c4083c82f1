package dev.quorum.platform.problem;

import java.time.Duration;
import java.util.Optional;

/**
 * A 409 that comes from a concurrent change rather than from the state of things: the request lost
 * a race (a version moved on, a seat was briefly locked), changed nothing, and the same request may
 * well succeed if repeated. Answered with {@code Retry-After: 1}, and so never recorded for
 * {@code Idempotency-Key} replay. A lasting conflict ("already withdrawn") is a plain
 * {@link ConflictException}.
 */
public class TransientConflictException extends ConflictException {
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    public TransientConflictException(String detail) {
        super(detail);
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(RETRY_AFTER);
    }
}
