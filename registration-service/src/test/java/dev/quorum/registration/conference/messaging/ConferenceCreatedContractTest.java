package dev.quorum.registration.conference.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.test.EventContracts;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What we publish matches the schema we ship, and so does the golden example consumers test with. */
class ConferenceCreatedContractTest {
    private static final String EVENT = "ConferenceCreated.v1";
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void publishedPayloadMatchesSchema() {
        String payload = json.writeValueAsString(new ConferenceCreated(
                "c-1",
                1,
                "ACIMUN'25",
                LocalDate.of(2025, 11, 21),
                LocalDate.of(2025, 11, 23),
                "Europe/Istanbul",
                "Antalya",
                "DRAFT",
                new ConferenceTermsData(
                        java.util.List.of(new ConferenceTermsData.Window(
                                java.time.Instant.parse("2025-09-01T06:00:00Z"),
                                java.time.Instant.parse("2025-10-15T21:00:00Z"))),
                        400,
                        new ConferenceTermsData.FeesData(
                                "EUR", new java.math.BigDecimal("150.00"), new java.math.BigDecimal("45.00")),
                        10)));

        assertThat(EventContracts.violations(EVENT, payload)).isEmpty();
    }

    @Test
    void goldenExampleMatchesSchemaAndRecord() {
        String example = EventContracts.example(EVENT);

        assertThat(EventContracts.violations(EVENT, example)).isEmpty();
        assertThat(json.readValue(example, ConferenceCreated.class).name()).isEqualTo("ACIMUN'25");
    }

    @Test
    void conferenceUpdatedExampleMatchesItsSchemaAndRecord() {
        String example = EventContracts.example("ConferenceUpdated.v1");

        assertThat(EventContracts.violations("ConferenceUpdated.v1", example)).isEmpty();
        assertThat(json.readValue(example, ConferenceUpdated.class).version()).isEqualTo(3);
    }

    @Test
    void schemaRejectsPayloadWithoutConferenceId() {
        assertThat(EventContracts.violations(EVENT, "{\"version\":1,\"name\":\"x\"}"))
                .isNotEmpty();
    }
}
