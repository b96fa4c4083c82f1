package dev.quorum.registration.school.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.test.EventContracts;
import dev.quorum.registration.school.messaging.SchoolIntegrationEvents.SchoolAccepted;
import dev.quorum.registration.school.messaging.SchoolIntegrationEvents.SchoolApplied;
import dev.quorum.registration.school.messaging.SchoolIntegrationEvents.SchoolWaitlisted;
import dev.quorum.registration.school.messaging.SchoolIntegrationEvents.SchoolWithdrawn;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** Every school event we publish matches the schema we ship; so do the golden examples. */
class SchoolEventsContractTest {
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void publishedPayloadsMatchTheirSchemas() {
        assertThat(EventContracts.violations(
                        "SchoolApplied.v1",
                        json.writeValueAsString(new SchoolApplied(
                                "s-1", "c-1", 1, "Antalya Bilim College", "Antalya", "Türkiye", 12, Instant.now()))))
                .isEmpty();
        assertThat(EventContracts.violations(
                        "SchoolAccepted.v1", json.writeValueAsString(new SchoolAccepted("s-1", "c-1", 1, 12))))
                .isEmpty();
        assertThat(EventContracts.violations(
                        "SchoolWaitlisted.v1", json.writeValueAsString(new SchoolWaitlisted("s-1", "c-1", 1, 12))))
                .isEmpty();
        assertThat(EventContracts.violations(
                        "SchoolWithdrawn.v1", json.writeValueAsString(new SchoolWithdrawn("s-1", "c-1", 3))))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SchoolApplied.v1", "SchoolAccepted.v1", "SchoolWaitlisted.v1", "SchoolWithdrawn.v1"})
    void goldenExamplesMatchTheirSchemas(String event) {
        assertThat(EventContracts.violations(event, EventContracts.example(event)))
                .isEmpty();
    }

    @Test
    void schemasRejectPayloadsMissingTheSchool() {
        assertThat(EventContracts.violations(
                        "SchoolAccepted.v1", "{\"conferenceId\":\"c-1\",\"version\":1,\"delegates\":3}"))
                .isNotEmpty();
    }
}
