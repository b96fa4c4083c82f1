package dev.quorum.registration.conference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConferenceTest {
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final Instant NOW = Instant.parse("2025-09-01T10:00:00Z");

    @Test
    void planningStartsInDraftAndCausesConferenceCreated() {
        Conference.Change planned = Conference.plan(
                new ConferenceId("c1"),
                "  ACIMUN'25 ",
                LocalDate.of(2025, 11, 21),
                LocalDate.of(2025, 11, 23),
                ISTANBUL,
                "Antalya",
                RegistrationTerms.defaults(),
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
                        RegistrationTerms.defaults(),
                        NOW))
                .isInstanceOfSatisfying(
                        ConferenceRuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("endDate"));
    }

    @Test
    void acceptsOneDayConference() {
        LocalDate day = LocalDate.of(2025, 11, 21);
        assertThat(Conference.plan(
                                new ConferenceId("c1"),
                                "One day",
                                day,
                                day,
                                ISTANBUL,
                                null,
                                RegistrationTerms.defaults(),
                                NOW)
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
                        RegistrationTerms.defaults(),
                        NOW))
                .isInstanceOfSatisfying(
                        ConferenceRuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void statusMovesOnlyForward() {
        Conference draft = planned();

        Conference open =
                draft.revise(changes(ConferenceStatus.REGISTRATION_OPEN)).conference();
        assertThat(open.status()).isEqualTo(ConferenceStatus.REGISTRATION_OPEN);
        assertThatThrownBy(() -> open.revise(changes(ConferenceStatus.DRAFT)))
                .isInstanceOfSatisfying(
                        ConferenceRuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("status"));
        assertThatThrownBy(() -> draft.revise(changes(ConferenceStatus.RUNNING)))
                .isInstanceOf(ConferenceRuleViolation.class);
    }

    @Test
    void revisionCausesConferenceUpdatedWithTheNextVersion() {
        Conference.Change change = planned().revise(changes(ConferenceStatus.REGISTRATION_OPEN));

        assertThat(change.events()).singleElement().isInstanceOfSatisfying(ConferenceEvent.Updated.class, e -> {
            assertThat(e.resultingVersion()).isEqualTo(1);
            assertThat(e.conference().status()).isEqualTo(ConferenceStatus.REGISTRATION_OPEN);
        });
    }

    @Test
    void acceptsApplicationsOnlyWhileOpenAndInsideAWindow() {
        Instant opens = Instant.parse("2025-09-01T00:00:00Z");
        Instant closes = Instant.parse("2025-10-01T00:00:00Z");
        Conference open = planned()
                .revise(new ConferenceChanges(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(ConferenceStatus.REGISTRATION_OPEN),
                        Optional.of(List.of(new RegistrationWindow(opens, closes))),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .conference();

        assertThat(open.acceptsApplicationsAt(opens)).isTrue();
        assertThat(open.acceptsApplicationsAt(closes)).isFalse();
        assertThat(open.acceptsApplicationsAt(opens.minusSeconds(1))).isFalse();
        assertThat(planned().acceptsApplicationsAt(opens)).as("draft").isFalse();
    }

    @Test
    void rejectsOverlappingWindowsAndBadFees() {
        Instant t = Instant.parse("2025-09-01T00:00:00Z");
        assertThatThrownBy(() -> new RegistrationTerms(
                        List.of(
                                new RegistrationWindow(t, t.plusSeconds(100)),
                                new RegistrationWindow(t.plusSeconds(50), t.plusSeconds(200))),
                        Optional.empty(),
                        Optional.empty(),
                        10))
                .isInstanceOf(ConferenceRuleViolation.class);
        assertThatThrownBy(() -> new Fees("EUR", new BigDecimal("-1"), BigDecimal.ONE))
                .isInstanceOfSatisfying(
                        ConferenceRuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("fees.perSchool"));
        assertThat(new Fees("EUR", new BigDecimal("150"), new BigDecimal("45.5")).owedBy(10))
                .isEqualByComparingTo("605.00");
    }

    private static Conference planned() {
        return Conference.plan(
                        new ConferenceId("c1"),
                        "ACIMUN",
                        LocalDate.of(2025, 11, 21),
                        LocalDate.of(2025, 11, 23),
                        ISTANBUL,
                        null,
                        RegistrationTerms.defaults(),
                        NOW)
                .conference();
    }

    private static ConferenceChanges changes(ConferenceStatus status) {
        return new ConferenceChanges(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(status),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
