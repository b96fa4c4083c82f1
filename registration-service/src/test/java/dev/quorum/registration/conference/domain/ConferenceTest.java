package dev.quorum.registration.conference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ConferenceTest {
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final Instant NOW = Instant.parse("2025-09-01T10:00:00Z");

    @Test
    void planningStartsInDraftAndCausesConferenceCreated() {
        Conference.Planned planned = Conference.plan(
                new ConferenceId("c1"),
                "  ACIMUN'25 ",
                LocalDate.of(2025, 11, 21),
                LocalDate.of(2025, 11, 23),
                ISTANBUL,
                "Antalya",
                NOW);

        assertThat(planned.conference().status()).isEqualTo(ConferenceStatus.DRAFT);
        assertThat(planned.conference().name()).isEqualTo("ACIMUN'25");
        assertThat(planned.events()).singleElement().isInstanceOfSatisfying(ConferenceEvent.Created.class, e -> {
            assertThat(e.conference()).isEqualTo(planned.conference());
            assertThat(e.resultingVersion()).isEqualTo(1);
        });
    }

    @Test
    void rejectsEndDateBeforeStartDate() {
        assertThatThrownBy(() -> Conference.plan(
                        new ConferenceId("c1"),
                        "ACIMUN",
                        LocalDate.of(2025, 11, 23),
                        LocalDate.of(2025, 11, 21),
                        ISTANBUL,
                        null,
                        NOW))
                .isInstanceOfSatisfying(
                        ConferenceRuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("endDate"));
    }

    @Test
    void acceptsOneDayConference() {
        LocalDate day = LocalDate.of(2025, 11, 21);
        assertThat(Conference.plan(new ConferenceId("c1"), "One day", day, day, ISTANBUL, null, NOW)
                        .conference()
                        .endDate())
                .isEqualTo(day);
    }

    @Test
    void rejectsOversizeName() {
        assertThatThrownBy(() -> Conference.plan(
                        new ConferenceId("c1"),
                        "x".repeat(Conference.MAX_NAME_LENGTH + 1),
                        LocalDate.of(2025, 11, 21),
                        LocalDate.of(2025, 11, 23),
                        ISTANBUL,
                        null,
                        NOW))
                .isInstanceOfSatisfying(
                        ConferenceRuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("name"));
    }
}
