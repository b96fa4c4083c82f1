package dev.quorum.registration.allocation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.test.EventContracts;
import dev.quorum.registration.allocation.messaging.SeatEvents.DelegateSeated;
import dev.quorum.registration.allocation.messaging.SeatEvents.DelegateUnseated;
import dev.quorum.registration.allocation.messaging.SeatEvents.SeatAssigned;
import dev.quorum.registration.allocation.messaging.SeatEvents.SeatReleased;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** Every seat event we publish matches the schema we ship; so do the golden examples. */
class SeatEventsContractTest {
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void publishedPayloadsMatchTheirSchemas() {
        assertThat(EventContracts.violations(
                        "SeatAssigned.v1",
                        json.writeValueAsString(new SeatAssigned("c-1", "a-1", "seat-1", "com-1", "s-1", 2, 3))))
                .isEmpty();
        assertThat(EventContracts.violations(
                        "SeatReleased.v1",
                        json.writeValueAsString(new SeatReleased("c-1", "seat-1", "com-1", "s-1", 4))))
                .isEmpty();
        assertThat(EventContracts.violations(
                        "DelegateSeated.v1",
                        json.writeValueAsString(new DelegateSeated("c-1", "seat-1", "com-1", "s-1", "d-1", 2))))
                .isEmpty();
        assertThat(EventContracts.violations(
                        "DelegateUnseated.v1",
                        json.writeValueAsString(new DelegateUnseated("c-1", "seat-1", "com-1", "s-1", "d-1", 3))))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SeatAssigned.v1", "SeatReleased.v1", "DelegateSeated.v1", "DelegateUnseated.v1"})
    void goldenExamplesMatchTheirSchemas(String event) {
        assertThat(EventContracts.violations(event, EventContracts.example(event)))
                .isEmpty();
    }

    @Test
    void schemasRejectADelegateSeatedWithoutItsDelegateOrAThreeDelegateSeat() {
        assertThat(
                        EventContracts.violations(
                                "DelegateSeated.v1",
                                "{\"conferenceId\":\"c\",\"seatId\":\"s\",\"committeeId\":\"m\",\"schoolId\":\"x\",\"version\":2}"))
                .isNotEmpty();
        assertThat(EventContracts.violations(
                        "SeatAssigned.v1",
                        json.writeValueAsString(new SeatAssigned("c-1", "a-1", "seat-1", "com-1", "s-1", 3, 3))))
                .isNotEmpty();
    }
}
