package dev.quorum.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Buckets in Redis, shared by every gateway instance that uses the same Redis (ADR 35). Same
 * semantics as the in-memory {@link ClientRateLimiters}: a fixed window per policy period that starts
 * with the client's first request. While Redis cannot be reached, each instance falls back to its
 * own in-memory buckets rather than refusing or waving through everyone.
 */
public final class RedisRateLimitBuckets implements RateLimitBuckets {
    static final String KEY_PREFIX = "quorum:rate-limit:";

    /**
     * Counts the request in the window and, above the limit, answers the window's remaining time in
     * milliseconds (-1: allowed). One script, so the count and the window's expiry are set atomically.
     */
    private static final RedisScript<Long> TAKE_PERMIT = RedisScript.of("""
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            if count <= tonumber(ARGV[2]) then return -1 end
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 1 then return 1 end
            return ttl
            """, Long.class);

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimitBuckets.class);

    private final ReactiveStringRedisTemplate redis;
    private final RateLimitBuckets whileRedisIsDown;
    private final AtomicBoolean down = new AtomicBoolean();

    public RedisRateLimitBuckets(ReactiveStringRedisTemplate redis, RateLimitBuckets whileRedisIsDown) {
        this.redis = redis;
        this.whileRedisIsDown = whileRedisIsDown;
    }

    @Override
    public Mono<Optional<Duration>> acquire(RateLimitPolicy policy, String client) {
        List<String> key = List.of(KEY_PREFIX + policy.name() + '|' + client);
        List<String> args = List.of(String.valueOf(policy.period().toMillis()), String.valueOf(policy.requests()));
        return redis.execute(TAKE_PERMIT, key, args)
                .next()
                .map(RedisRateLimitBuckets::refusal)
                .doOnNext(answer -> {
                    if (down.compareAndSet(true, false)) {
                        log.info("Redis answers again: rate limits are shared across gateway instances");
                    }
                })
                .onErrorResume(e -> {
                    if (down.compareAndSet(false, true)) {
                        log.warn("Redis unreachable, rate limits are per instance until it is back: {}", e.toString());
                    }
                    return whileRedisIsDown.acquire(policy, client);
                });
    }

    private static Optional<Duration> refusal(long millisToWait) {
        return millisToWait < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(millisToWait));
    }
}
