package dev.quorum.platform.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;

/**
 * The current span's context in W3C form, written by the same propagator that writes outgoing HTTP
 * headers, so that a stored event carries exactly what a direct call would have carried.
 */
class MicrometerTraceContextSource implements TraceContextSource {
    private final Tracer tracer;
    private final Propagator propagator;

    MicrometerTraceContextSource(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public String currentTraceparent() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> headers = new HashMap<>(4);
        propagator.inject(span.context(), headers, Map::put);
        return headers.get(CloudEventPublisher.TRACEPARENT);
    }
}
