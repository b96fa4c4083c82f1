package dev.quorum.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Instant NOW = Instant.parse("2026-12-03T14:00:00Z");
    private static final Duration MIN = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofSeconds(5);

    private final Backoff backoff = new Backoff(MIN, MAX);

    @Test
    void aCollectionThatNeverFailedIsDueAtOnce() {
        assertThat(backoff.due(NOW)).isTrue();
    }

    @Test
    void eachFailureDoublesTheWaitUpToTheMaximum() {
        assertThat(backoff.failed(NOW)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.failed(NOW)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.failed(NOW)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.failed(NOW)).as("8 s capped").isEqualTo(MAX);
        assertThat(backoff.failed(NOW)).isEqualTo(MAX);
    }

    @Test
    void aWaitThatDoublesExactlyToTheMaximumIsKept() {
        Backoff exact = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(4));
        exact.failed(NOW);

        assertThat(exact.failed(NOW)).isEqualTo(Duration.ofSeconds(4));
        assertThat(exact.failed(NOW)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void afterAFailureTheCollectionIsDueOnlyWhenItsWaitIsOver() {
        backoff.failed(NOW);

        assertThat(backoff.due(NOW)).isFalse();
        assertThat(backoff.due(NOW.plus(MIN).minusNanos(1))).isFalse();
        assertThat(backoff.due(NOW.plus(MIN)))
                .as("exactly at the end of the wait")
                .isTrue();
        assertThat(backoff.due(NOW.plus(MAX))).isTrue();
    }

    @Test
    void aSuccessMakesTheCollectionDueAndStartsTheWaitOverFromTheMinimum() {
        backoff.failed(NOW);
        backoff.failed(NOW);

        backoff.succeeded();

        assertThat(backoff.due(NOW)).isTrue();
        assertThat(backoff.failed(NOW)).isEqualTo(MIN);
    }
}
