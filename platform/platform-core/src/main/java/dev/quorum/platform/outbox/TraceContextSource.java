package dev.quorum.platform.outbox;

/**
 * Where a new pending event finds the trace it belongs to: the W3C {@code traceparent} of the
 * current span, stored with the event and published with it (ADR 43).
 */
@FunctionalInterface
public interface TraceContextSource {
    /** For events that belong to no trace. */
    TraceContextSource NONE = () -> null;

    /** The current span's {@code traceparent}, or null outside any trace. */
    String currentTraceparent();
}
