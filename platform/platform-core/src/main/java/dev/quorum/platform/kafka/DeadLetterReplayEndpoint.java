package dev.quorum.platform.kafka;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code POST /actuator/dltreplay/{topic}}: replays {@code <topic>-dlt} into {@code <topic>}
 * ({@link DeadLetterReplay}). An operator's tool: not exposed unless the deployment adds
 * {@code dltreplay} to {@code management.endpoints.web.exposure.include}, and never routed by the
 * gateway (ADR 3).
 */
@Endpoint(id = "dltreplay")
public class DeadLetterReplayEndpoint {
    private final DeadLetterReplay replay;

    public DeadLetterReplayEndpoint(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @WriteOperation
    public DeadLetterReplay.Result replay(@Selector String topic) {
        if (!replay.replays(topic)) {
            throw new InvalidEndpointRequestException(
                    "Not a topic of this service: " + topic, "Not a topic of this service");
        }
        return replay.replay(topic);
    }
}
