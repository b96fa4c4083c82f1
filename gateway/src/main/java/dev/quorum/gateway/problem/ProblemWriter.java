package dev.quorum.gateway.problem;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link GatewayProblem} as {@code application/problem+json} straight onto the response,
 * for the filters and handlers that answer before (or instead of) a backend: the gateway's one
 * problem writer. Every problem carries the request's {@code traceId}.
 */
@Component
public class ProblemWriter {
    /** The problem member with the request's trace id, as the services' problems have it (ADR 43). */
    public static final String TRACE_ID = dev.quorum.platform.problem.ProblemWriter.TRACE_ID;

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, GatewayProblem problem) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(problem.status());
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.retryAfter() != null) {
            headers.set(HttpHeaders.RETRY_AFTER, problem.retryAfterSeconds());
        }
        // An overlong path is itself the problem: echoing it back would only double the bytes.
        String instance = problem.status().value() == HttpStatus.URI_TOO_LONG.value()
                ? null
                : exchange.getRequest().getPath().value();
        Map<String, Object> body = problem.body(instance);
        TraceIds.of(exchange).ifPresent(traceId -> body.put(TRACE_ID, traceId));
        byte[] bytes = json.writeValueAsBytes(body);
        headers.setContentLength(bytes.length);
        return response.writeWith(
                Mono.fromSupplier(() -> response.bufferFactory().wrap(bytes)));
    }
}
