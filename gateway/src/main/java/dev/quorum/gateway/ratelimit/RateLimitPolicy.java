package dev.quorum.gateway.ratelimit;

import dev.quorum.gateway.QuorumGatewayProperties.KeyType;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;

/**
 * One family of buckets: so many requests per period for each key.
 *
 * @param name distinguishes the family in bucket keys
 * @param requests permits per period
 * @param period refill period
 * @param key whom the limit is counted for
 */
public record RateLimitPolicy(String name, int requests, Duration period, KeyType key) {

    public RateLimitPolicy {
        if (requests < 1 || period == null || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("Rate limit '" + name + "' needs requests >= 1 and a positive period");
        }
    }

    /** A bucket never waits: a request either gets a permit now or is refused. */
    RateLimiterConfig limiterConfig() {
        return RateLimiterConfig.custom()
                .limitForPeriod(requests)
                .limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO)
                .build();
    }
}
