package dev.quorum.platform.outbox;

import java.time.Clock;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serializes an integration event record into a {@link PendingEvent} with a fresh id and time and
 * the trace context of the current request; {@link OutboxWriter} gives it its position when it
 * stores it.
 */
public class PendingEventFactory {
    private final JsonMapper json;
    private final Clock clock;
    private final TraceContextSource traces;

    /** A factory whose events belong to no trace (contract tests, tools). */
    public PendingEventFactory(JsonMapper json, Clock clock) {
        this(json, clock, TraceContextSource.NONE);
    }

    public PendingEventFactory(JsonMapper json, Clock clock, TraceContextSource traces) {
        this.json = json;
        this.clock = clock;
        this.traces = traces;
    }

    public PendingEvent create(String topic, String type, String key, String subject, Object data) {
        return new PendingEvent(
                UUID.randomUUID().toString(),
                topic,
                key,
                type,
                subject,
                clock.instant(),
                json.writeValueAsString(data),
                null,
                traces.currentTraceparent());
    }
}
