package dev.quorum.gateway.ratelimit;

import dev.quorum.gateway.QuorumGatewayProperties;
import dev.quorum.gateway.QuorumGatewayProperties.KeyType;
import dev.quorum.gateway.QuorumGatewayProperties.Rule;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Picks the policy a request is counted against: the first matching rule, else the default. */
public final class RateLimitPolicies {
    private final List<Matcher> rules;
    private final RateLimitPolicy fallback;

    public RateLimitPolicies(QuorumGatewayProperties.RateLimit config) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        this.rules = config.rules().stream()
                .map(rule -> new Matcher(rule.method(), parser.parse(rule.path()), policyOf(rule)))
                .toList();
        this.fallback = new RateLimitPolicy("default", config.requests(), config.period(), KeyType.CLIENT);
    }

    public RateLimitPolicy policyFor(ServerHttpRequest request) {
        for (Matcher rule : rules) {
            if (rule.matches(request)) {
                return rule.policy();
            }
        }
        return fallback;
    }

    private static RateLimitPolicy policyOf(Rule rule) {
        return new RateLimitPolicy(rule.name(), rule.requests(), rule.period(), rule.key());
    }

    private record Matcher(HttpMethod method, PathPattern path, RateLimitPolicy policy) {
        boolean matches(ServerHttpRequest request) {
            return (method == null || method.equals(request.getMethod()))
                    && path.matches(request.getPath().pathWithinApplication());
        }
    }
}
