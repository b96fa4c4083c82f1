package dev.quorum.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventRouterTest {
    record Planned(@NotBlank String id, String name) {}

    private final List<IncomingEvent<Planned>> handled = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final EventRouter router = new EventRouter(
                    JsonMapper.builder().build(),
                    Validation.buildDefaultValidatorFactory().getValidator(),
                    meters)
            .on("quorum.test.Planned.v1", Planned.class, handled::add)
            .ignore("quorum.test.NotForMe.v1");

    @Test
    void dispatchesByTypeWithEnvelopeAndTypedData() {
        router.dispatch(event("quorum.test.Planned.v1", "{\"id\":\"p1\",\"name\":\"x\",\"addedLater\":true}"));

        assertThat(handled).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("e-1");
            assertThat(e.subject()).isEqualTo("p1");
            assertThat(e.data()).isEqualTo(new Planned("p1", "x"));
        });
    }

    @Test
    void skipsUnknownTypesAndCountsThem() {
        router.dispatch(event("quorum.test.Unknown.v1", "{}"));
        router.dispatch(event("quorum.test.Unknown.v1", "{}"));

        assertThat(handled).isEmpty();
        assertThat(skipped("quorum.test.Unknown.v1", "unknown")).isEqualTo(2);
    }

    @Test
    void skipsIgnoredTypesAndCountsThemApart() {
        router.dispatch(event("quorum.test.NotForMe.v1", "{}"));

        assertThat(handled).isEmpty();
        assertThat(skipped("quorum.test.NotForMe.v1", "ignored")).isEqualTo(1);
        assertThat(meters.find(EventRouter.SKIPPED_METRIC)
                        .tag("reason", "unknown")
                        .counter())
                .isNull();
    }

    @Test
    void jsonNullDataIsPoison() {
        assertThatThrownBy(() -> router.dispatch(event("quorum.test.Planned.v1", "null")))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("null data");
        assertThat(handled).isEmpty();
    }

    @Test
    void unreadableOrInvalidDataIsPoison() {
        assertThatThrownBy(() -> router.dispatch(event("quorum.test.Planned.v1", "{not json")))
                .isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> router.dispatch(event("quorum.test.Planned.v1", "{\"name\":\"no id\"}")))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("id");
        assertThat(handled).isEmpty();
    }

    private double skipped(String type, String reason) {
        return meters.get(EventRouter.SKIPPED_METRIC)
                .tag("type", type)
                .tag("reason", reason)
                .counter()
                .count();
    }

    private static CloudEvent event(String type, String json) {
        return CloudEventBuilder.v1()
                .withId("e-1")
                .withType(type)
                .withSource(URI.create("/quorum/test"))
                .withSubject("p1")
                .withData("application/json", json.getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
