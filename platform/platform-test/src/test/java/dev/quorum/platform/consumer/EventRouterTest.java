package dev.quorum.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
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
    private final EventRouter router = new EventRouter(
                    JsonMapper.builder().build(),
                    Validation.buildDefaultValidatorFactory().getValidator())
            .on("quorum.test.Planned.v1", Planned.class, handled::add);

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
    void skipsUnknownTypes() {
        router.dispatch(event("quorum.test.Unknown.v1", "{}"));

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
