package dev.quorum.gateway.ratelimit;

import dev.quorum.gateway.QuorumGatewayProperties.KeyType;
import dev.quorum.gateway.problem.GatewayProblem;
import dev.quorum.gateway.problem.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Answers 429 with {@code Retry-After} once a client has used up its bucket. Runs right after the
 * security chain so that a validated token's subject, not a forgeable claim, names the client;
 * requests without a valid token are counted by address (an IPv6 client by its /64).
 */
public class RateLimitWebFilter implements WebFilter, Ordered {
    /** Spring Security's chain runs at -100. */
    public static final int ORDER = -50;

    private final RateLimitPolicies policies;
    private final RateLimitBuckets limiters;
    private final ClientAddressResolver addresses;
    private final ProblemWriter problems;

    public RateLimitWebFilter(
            RateLimitPolicies policies,
            RateLimitBuckets limiters,
            ClientAddressResolver addresses,
            ProblemWriter problems) {
        this.policies = policies;
        this.limiters = limiters;
        this.addresses = addresses;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        RateLimitPolicy policy = policies.policyFor(exchange.getRequest());
        return clientOf(exchange, policy.key())
                .flatMap(client -> limiters.acquire(policy, client))
                .flatMap(refused -> refused.map(wait -> problems.write(exchange, GatewayProblem.rateLimited(wait)))
                        .orElseGet(() -> chain.filter(exchange)));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private Mono<String> clientOf(ServerWebExchange exchange, KeyType key) {
        Mono<String> byAddress =
                Mono.fromSupplier(() -> "ip:" + AddressKey.of(addresses.resolve(exchange.getRequest())));
        if (key == KeyType.ADDRESS) {
            return byAddress;
        }
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal ->
                        ((JwtAuthenticationToken) principal).getToken().getSubject())
                .map(subject -> "sub:" + subject)
                .switchIfEmpty(byAddress);
    }
}
