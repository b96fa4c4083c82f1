package dev.quorum.registration.conference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bounds of a conference and what a revision keeps, beside {@link ConferenceTest}'s life cycle. */
class ConferenceRulesTest {
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final Instant NOW = Instant.parse("2025-09-01T10:00:00Z");
    private static final LocalDate START = LocalDate.of(2025, 11, 21);

    private static Conference planned(LocalDate start, LocalDate end, String venue, RegistrationTerms terms) {
        return Conference.plan(new ConferenceId("c1"), "ACIMUN", start, end, ISTANBUL, venue, terms, NOW)
                .conference();
    }

    private static void assertViolates(String field, Runnable conference) {
        assertThatThrownBy(conference::run)
                .isInstanceOfSatisfying(
                        ConferenceRuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void datesAreRequiredAndLieBetween2000And2100() {
        RegistrationTerms terms = RegistrationTerms.defaults();
        assertViolates("startDate", () -> planned(null, START, null, terms));
        assertViolates("endDate", () -> planned(START, null, null, terms));
        assertViolates("startDate", () -> planned(LocalDate.of(1999, 12, 31), START, null, terms));
        assertViolates("endDate", () -> planned(START, LocalDate.of(2101, 1, 1), null, terms));
        assertThatCode(() -> planned(RegistrationWindow.EARLIEST, RegistrationWindow.LATEST, null, terms))
                .doesNotThrowAnyException();
    }

    @Test
    void venueIsOptionalAndAtMostTwoHundredCharacters() {
        RegistrationTerms terms = RegistrationTerms.defaults();
        assertThat(planned(START, START, null, terms).venue()).isNull();
        assertThat(planned(START, START, "v".repeat(Conference.MAX_VENUE_LENGTH), terms)
                        .venue())
                .hasSize(200);
        assertViolates("venue", () -> planned(START, START, "v".repeat(Conference.MAX_VENUE_LENGTH + 1), terms));
    }

    @Test
    void nameIsStrippedAndMustNotBeBlank() {
        assertViolates(
                "name",
                () -> Conference.plan(
                        new ConferenceId("c1"), "  ", START, START, ISTANBUL, null, RegistrationTerms.defaults(), NOW));
        assertThat(Conference.plan(
                                new ConferenceId("c1"),
                                "x".repeat(Conference.MAX_NAME_LENGTH),
                                START,
                                START,
                                ISTANBUL,
                                null,
                                RegistrationTerms.defaults(),
                                NOW)
                        .conference()
                        .name())
                .hasSize(200);
    }

    @Test
    void anApplicationMayAskForUpToTheLimitOfItsTerms() {
        Conference conference =
                planned(START, START, null, new RegistrationTerms(List.of(), Optional.of(100), Optional.empty(), 10));

        assertThatCode(() -> conference.checkDelegatesPerApplication(25)).doesNotThrowAnyException();
        assertViolates("requestedDelegates", () -> conference.checkDelegatesPerApplication(26));
        assertThat(conference.capacity()).contains(100);
    }

    @Test
    void aRevisionChangesOnlyWhatItNames() {
        Fees fees = new Fees("EUR", BigDecimal.TEN, BigDecimal.ONE);
        Conference before = planned(
                START,
                START.plusDays(2),
                "Antalya",
                new RegistrationTerms(List.of(), Optional.of(300), Optional.of(fees), 7, Optional.of(30)));

        Conference unchanged = before.revise(changes(Optional.empty(), Optional.empty(), Optional.empty()))
                .conference();
        Conference renamed = before.revise(
                        changes(Optional.of("  ACIMUN'26 "), Optional.of("Side"), Optional.of(START.plusDays(1))))
                .conference();

        assertThat(unchanged).isEqualTo(before);
        assertThat(renamed.name()).isEqualTo("ACIMUN'26");
        assertThat(renamed.venue()).isEqualTo("Side");
        assertThat(renamed.endDate()).isEqualTo(START.plusDays(1));
        assertThat(renamed.terms()).isEqualTo(before.terms());
        assertThat(renamed.createdAt()).isEqualTo(NOW);
    }

    @Test
    void aRevisionReplacesTheTermsItNames() {
        Conference before = planned(START, START, null, RegistrationTerms.defaults());
        Fees fees = new Fees("EUR", BigDecimal.TEN, BigDecimal.ONE);

        RegistrationTerms terms = before.revise(new ConferenceChanges(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(ZoneId.of("UTC")),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(80),
                        Optional.of(fees),
                        Optional.of(3),
                        Optional.of(12)))
                .conference()
                .terms();

        assertThat(terms)
                .isEqualTo(new RegistrationTerms(List.of(), Optional.of(80), Optional.of(fees), 3, Optional.of(12)));
    }

    @Test
    void registrationMayReopenButARunningConferenceOnlyFinishes() {
        assertThat(ConferenceStatus.REGISTRATION_CLOSED.next())
                .containsExactlyInAnyOrder(ConferenceStatus.REGISTRATION_OPEN, ConferenceStatus.RUNNING);
        assertThat(ConferenceStatus.REGISTRATION_OPEN.next()).containsExactly(ConferenceStatus.REGISTRATION_CLOSED);
        assertThat(ConferenceStatus.RUNNING.next()).containsExactly(ConferenceStatus.FINISHED);
        assertThat(ConferenceStatus.FINISHED.next()).isEmpty();
    }

    private static ConferenceChanges changes(Optional<String> name, Optional<String> venue, Optional<LocalDate> end) {
        return new ConferenceChanges(
                name,
                Optional.empty(),
                end,
                Optional.empty(),
                venue,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
