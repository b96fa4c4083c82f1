package dev.quorum.gateway.security;

import dev.quorum.gateway.problem.GatewayProblem;
import dev.quorum.gateway.problem.ProblemWriter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 403 as a problem response: a valid token that lacks the role a path needs. */
class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {
    private final ProblemWriter problems;

    ProblemAccessDeniedHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(exchange, GatewayProblem.forbidden());
    }
}
