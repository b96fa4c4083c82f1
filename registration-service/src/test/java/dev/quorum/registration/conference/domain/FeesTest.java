package dev.quorum.registration.conference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FeesTest {

    private static void assertViolates(String field, Runnable fees) {
        assertThatThrownBy(fees::run)
                .isInstanceOfSatisfying(
                        ConferenceRuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void currencyMustBeAnIso4217Code() {
        assertThat(new Fees("TRY", BigDecimal.ONE, BigDecimal.ONE).currency()).isEqualTo("TRY");
        assertViolates("fees.currency", () -> new Fees(null, BigDecimal.ONE, BigDecimal.ONE));
        assertViolates("fees.currency", () -> new Fees("EURO", BigDecimal.ONE, BigDecimal.ONE));
        assertViolates("fees.currency", () -> new Fees("eur", BigDecimal.ONE, BigDecimal.ONE));
    }

    @Test
    void missingAmountsAreZeroAndAmountsKeepTwoDecimals() {
        Fees fees = new Fees("EUR", null, new BigDecimal("45.5"));

        assertThat(fees.perSchool()).isEqualTo(new BigDecimal("0.00"));
        assertThat(fees.perDelegate()).isEqualTo(new BigDecimal("45.50"));
    }

    @Test
    void amountsAreZeroToOneMillionWithAtMostTwoDecimals() {
        assertThat(new Fees("EUR", BigDecimal.ZERO, Fees.MAX_AMOUNT).perDelegate())
                .isEqualByComparingTo(Fees.MAX_AMOUNT);
        assertThat(new Fees("EUR", new BigDecimal("0.01"), new BigDecimal("12.340")).perDelegate())
                .isEqualTo(new BigDecimal("12.34"));
        assertViolates("fees.perDelegate", () -> new Fees("EUR", BigDecimal.ZERO, new BigDecimal("-0.01")));
        assertViolates("fees.perDelegate", () -> new Fees("EUR", BigDecimal.ZERO, new BigDecimal("1000000.01")));
        assertViolates("fees.perSchool", () -> new Fees("EUR", new BigDecimal("1.001"), BigDecimal.ZERO));
    }

    @Test
    void aSchoolOwesItsFeePlusOnePerDelegate() {
        Fees fees = new Fees("EUR", new BigDecimal("150"), new BigDecimal("45.5"));

        assertThat(fees.owedBy(0)).isEqualByComparingTo("150.00");
        assertThat(fees.owedBy(3)).isEqualByComparingTo("286.50");
    }
}
