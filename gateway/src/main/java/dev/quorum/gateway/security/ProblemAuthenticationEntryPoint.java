package dev.quorum.gateway.security;

import dev.quorum.gateway.problem.GatewayProblem;
import dev.quorum.gateway.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 as a problem response, with the RFC 6750 challenge. The detail stays generic: why a token
 * failed (signature, expiry, issuer) helps an attacker more than a client.
 */
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {
    private final ProblemWriter problems;

    ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        String challenge =
                failure instanceof OAuth2AuthenticationException ? "Bearer error=\"invalid_token\"" : "Bearer";
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return problems.write(exchange, GatewayProblem.unauthorized());
    }
}
