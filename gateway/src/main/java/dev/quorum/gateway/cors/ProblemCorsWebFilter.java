package dev.quorum.gateway.cors;

import dev.quorum.gateway.problem.GatewayProblem;
import dev.quorum.gateway.problem.ProblemWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Spring's {@code CorsWebFilter}, except that a refused origin gets a problem response like every
 * other refusal instead of Spring's bare 403 (ADR 34): the same checks, by the same processor.
 */
public final class ProblemCorsWebFilter implements WebFilter {
    private final CorsConfigurationSource source;
    private final ProblemWriter problems;
    private final CorsProcessor processor = new DefaultCorsProcessor();

    public ProblemCorsWebFilter(CorsConfigurationSource source, ProblemWriter problems) {
        this.source = source;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        CorsConfiguration config = source.getCorsConfiguration(exchange);
        if (!processor.process(config, exchange)) {
            return problems.write(exchange, GatewayProblem.originNotAllowed());
        }
        if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            return Mono.empty(); // answered: the processor set the Access-Control-* headers
        }
        return chain.filter(exchange);
    }
}
