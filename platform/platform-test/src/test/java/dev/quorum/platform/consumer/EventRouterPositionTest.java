package dev.quorum.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.validation.Validation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventRouterPositionTest {
    record Happened(String id) {}

    private final List<IncomingEvent<Happened>> handled = new ArrayList<>();
    private final EventRouter router = new EventRouter(
                    JsonMapper.builder().build(),
                    Validation.buildDefaultValidatorFactory().getValidator(),
                    new SimpleMeterRegistry())
            .on("quorum.test.Happened.v1", Happened.class, handled::add);

    @Test
    void handsTheEventsPositionToTheHandler() {
        router.dispatch(CloudEventBuilder.v1()
                .withId("e-1")
                .withType("quorum.test.Happened.v1")
                .withSource(URI.create("/quorum/test"))
                .withSubject("h1")
                .withExtension("sequence", "0000000000000000003-00001")
                .withData("application/json", "{\"id\":\"h1\"}".getBytes(StandardCharsets.UTF_8))
                .build());

        assertThat(handled).singleElement().extracting(IncomingEvent::position).isEqualTo("0000000000000000003-00001");
    }
}
