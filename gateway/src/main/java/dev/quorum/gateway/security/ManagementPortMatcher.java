package dev.quorum.gateway.security;

import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Matches requests that came in on the management port (Boot serves it from a child context of
 * its own). Deliberately not Boot's {@code EndpointRequest}: that one also matches actuator paths
 * on the public port when no separate management port is set, which would make them public.
 */
final class ManagementPortMatcher implements ServerWebExchangeMatcher {

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        return WebServerNamespace.MANAGEMENT.equals(WebServerNamespace.from(exchange.getApplicationContext()))
                ? MatchResult.match()
                : MatchResult.notMatch();
    }
}
