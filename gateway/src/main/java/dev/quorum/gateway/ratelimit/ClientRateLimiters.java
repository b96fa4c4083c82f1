package dev.quorum.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * One Resilience4j {@link AtomicRateLimiter} per policy and client, held in a bounded map that
 * forgets idle clients, so that a crowd of one-off addresses cannot exhaust memory. A forgotten
 * client comes back with a full bucket, which is what it would have had after idling anyway.
 */
public final class ClientRateLimiters implements RateLimitBuckets {
    private final Cache<String, AtomicRateLimiter> limiters;

    public ClientRateLimiters(long maxClients, Duration idleExpiry) {
        this.limiters = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(idleExpiry)
                .build();
    }

    @Override
    public Mono<Optional<Duration>> acquire(RateLimitPolicy policy, String client) {
        return Mono.fromSupplier(() -> tryAcquire(policy, client));
    }

    /** Takes a permit, or says how long until the next one frees up. */
    public Optional<Duration> tryAcquire(RateLimitPolicy policy, String client) {
        String key = policy.name() + '|' + client;
        AtomicRateLimiter limiter = limiters.get(key, k -> new AtomicRateLimiter(k, policy.limiterConfig()));
        if (limiter.acquirePermission()) {
            return Optional.empty();
        }
        long nanos = limiter.getDetailedMetrics().getNanosToWait();
        return Optional.of(Duration.ofNanos(Math.max(nanos, 1)));
    }

    long size() {
        limiters.cleanUp();
        return limiters.estimatedSize();
    }
}
