package dev.quorum.guide.guide.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.test.EventContracts;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What we publish matches the schemas we ship, and so do the golden examples consumers test with. */
class GuideEventsContractTest {
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void guideImportedPayloadMatchesItsSchema() {
        String payload = json.writeValueAsString(new GuideImported(
                "g-1", "conf-1", "com-1", 1, "2022 Kazakhstan Protests", 14, 3, Instant.parse("2025-10-01T09:30:00Z")));

        assertThat(EventContracts.violations("GuideImported.v1", payload)).isEmpty();
    }

    @Test
    void guidePublishedPayloadMatchesItsSchema() {
        String payload = json.writeValueAsString(new GuidePublished(
                "g-1", "conf-1", "com-1", 2, 5, "2022 Kazakhstan Protests", Instant.parse("2025-10-08T16:00:00Z")));

        assertThat(EventContracts.violations("GuidePublished.v1", payload)).isEmpty();
    }

    @Test
    void goldenExamplesMatchTheirSchemasAndRecords() {
        String imported = EventContracts.example("GuideImported.v1");
        String published = EventContracts.example("GuidePublished.v1");

        assertThat(EventContracts.violations("GuideImported.v1", imported)).isEmpty();
        assertThat(EventContracts.violations("GuidePublished.v1", published)).isEmpty();
        assertThat(json.readValue(imported, GuideImported.class).sections()).isEqualTo(14);
        assertThat(json.readValue(published, GuidePublished.class).edition()).isEqualTo(1);
    }

    @Test
    void schemasRejectAnEditionZeroAndAMissingGuide() {
        assertThat(EventContracts.violations(
                        "GuidePublished.v1",
                        EventContracts.example("GuidePublished.v1").replace("\"edition\": 1", "\"edition\": 0")))
                .isNotEmpty();
        assertThat(EventContracts.violations("GuideImported.v1", "{\"conferenceId\":\"c\"}"))
                .isNotEmpty();
    }
}
