package dev.quorum.platform.outbox;

import java.time.Clock;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serializes an integration event record into a {@link PendingEvent} with a fresh id and time;
 * {@link OutboxWriter} gives it its position when it stores it.
 */
public class PendingEventFactory {
    private final JsonMapper json;
    private final Clock clock;

    public PendingEventFactory(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
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
                null);
    }
}
