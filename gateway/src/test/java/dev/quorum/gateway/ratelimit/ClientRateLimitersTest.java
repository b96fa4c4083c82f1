package dev.quorum.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.gateway.QuorumGatewayProperties.KeyType;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientRateLimitersTest {
    private static final RateLimitPolicy TWO_PER_HOUR =
            new RateLimitPolicy("test", 2, Duration.ofHours(1), KeyType.CLIENT);

    @Test
    void refusesTheRequestAfterTheLimitAndTellsHowLongToWait() {
        ClientRateLimiters limiters = new ClientRateLimiters(100, Duration.ofHours(2));

        assertThat(limiters.tryAcquire(TWO_PER_HOUR, "sub:a")).isEmpty();
        assertThat(limiters.tryAcquire(TWO_PER_HOUR, "sub:a")).isEmpty();

        assertThat(limiters.tryAcquire(TWO_PER_HOUR, "sub:a"))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofHours(1)));
    }

    @Test
    void keepsOneBucketPerClientAndPolicy() {
        ClientRateLimiters limiters = new ClientRateLimiters(100, Duration.ofHours(2));
        RateLimitPolicy other = new RateLimitPolicy("other", 1, Duration.ofHours(1), KeyType.CLIENT);
        limiters.tryAcquire(TWO_PER_HOUR, "sub:a");
        limiters.tryAcquire(TWO_PER_HOUR, "sub:a");

        assertThat(limiters.tryAcquire(TWO_PER_HOUR, "sub:b")).isEmpty();
        assertThat(limiters.tryAcquire(other, "sub:a")).isEmpty();
    }

    @Test
    void remembersNoMoreClientsThanConfigured() {
        ClientRateLimiters limiters = new ClientRateLimiters(10, Duration.ofHours(2));

        for (int i = 0; i < 1000; i++) {
            limiters.tryAcquire(TWO_PER_HOUR, "ip:" + i);
        }

        assertThat(limiters.size()).isLessThanOrEqualTo(10);
    }
}
