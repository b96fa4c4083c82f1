package dev.quorum.gateway.ratelimit;

import dev.quorum.gateway.QuorumGatewayProperties;
import dev.quorum.gateway.problem.ProblemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Wires per-client rate limiting unless {@code quorum.gateway.rate-limit.enabled=false}. The buckets
 * live in this instance's memory, or in Redis with {@code quorum.gateway.rate-limit.store=redis}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "quorum.gateway.rate-limit.enabled", matchIfMissing = true)
class RateLimitConfiguration {
    static final String STORE = "quorum.gateway.rate-limit.store";

    @Bean
    RateLimitWebFilter rateLimitWebFilter(
            QuorumGatewayProperties properties,
            RateLimitBuckets buckets,
            ClientAddressResolver addresses,
            ProblemWriter problems) {
        return new RateLimitWebFilter(new RateLimitPolicies(properties.rateLimit()), buckets, addresses, problems);
    }

    @Bean
    @ConditionalOnProperty(name = STORE, havingValue = "memory", matchIfMissing = true)
    RateLimitBuckets instanceBuckets(QuorumGatewayProperties properties) {
        return inMemory(properties);
    }

    @Bean
    @ConditionalOnProperty(name = STORE, havingValue = "redis")
    RateLimitBuckets sharedBuckets(QuorumGatewayProperties properties, ReactiveStringRedisTemplate redis) {
        return new RedisRateLimitBuckets(redis, inMemory(properties));
    }

    private static ClientRateLimiters inMemory(QuorumGatewayProperties properties) {
        QuorumGatewayProperties.RateLimit config = properties.rateLimit();
        return new ClientRateLimiters(config.maxClients(), config.idleExpiry());
    }
}
