package dev.quorum.gateway.problem;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import java.util.Optional;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * The trace id of an exchange: that of the span of its server observation, which continues a
 * client's {@code traceparent} or starts a trace (ADR 43). Read from the exchange rather than from
 * the MDC, which a reactive pipeline does not keep on one thread.
 */
final class TraceIds {
    private TraceIds() {}

    static Optional<String> of(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(TraceIds::span)
                .map(span -> span.context().traceId())
                .filter(id -> !id.isEmpty());
    }

    private static Span span(ServerRequestObservationContext context) {
        // Put there by the tracing handler when the observation started; absent without tracing.
        TracingObservationHandler.TracingContext tracing = context.get(TracingObservationHandler.TracingContext.class);
        return tracing == null ? null : tracing.getSpan();
    }
}
