package dev.quorum.gateway.ratelimit;

import java.time.Duration;
import java.util.Optional;
import reactor.core.publisher.Mono;

/** Where the per-client buckets live: in this gateway's memory, or shared by all instances (ADR 35). */
public interface RateLimitBuckets {

    /** Takes a permit from {@code client}'s bucket of {@code policy}, or says how long until the next one. */
    Mono<Optional<Duration>> acquire(RateLimitPolicy policy, String client);
}
