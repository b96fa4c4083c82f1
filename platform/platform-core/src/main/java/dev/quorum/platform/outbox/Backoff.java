package dev.quorum.platform.outbox;

import java.time.Duration;
import java.time.Instant;

/** Exponential backoff of one outbox collection after a failed pass, so others are not held up. */
final class Backoff {
    private final Duration min;
    private final Duration max;
    private Duration current;
    private Instant nextAttempt = Instant.MIN;

    Backoff(Duration min, Duration max) {
        this.min = min;
        this.max = max;
        this.current = min;
    }

    boolean due(Instant now) {
        return !now.isBefore(nextAttempt);
    }

    /** @return how long the collection now waits */
    Duration failed(Instant now) {
        Duration wait = current;
        nextAttempt = now.plus(wait);
        current = current.multipliedBy(2).compareTo(max) > 0 ? max : current.multipliedBy(2);
        return wait;
    }

    void succeeded() {
        current = min;
        nextAttempt = Instant.MIN;
    }
}
