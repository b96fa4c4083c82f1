package dev.quorum.gateway.ratelimit;

import dev.quorum.gateway.QuorumGatewayProperties;
import dev.quorum.gateway.problem.ProblemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires per-client rate limiting unless {@code quorum.gateway.rate-limit.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "quorum.gateway.rate-limit.enabled", matchIfMissing = true)
class RateLimitConfiguration {

    @Bean
    RateLimitWebFilter rateLimitWebFilter(
            QuorumGatewayProperties properties, ClientAddressResolver addresses, ProblemWriter problems) {
        QuorumGatewayProperties.RateLimit config = properties.rateLimit();
        return new RateLimitWebFilter(
                new RateLimitPolicies(config),
                new ClientRateLimiters(config.maxClients(), config.idleExpiry()),
                addresses,
                problems);
    }
}
