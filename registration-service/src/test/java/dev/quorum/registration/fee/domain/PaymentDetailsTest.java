package dev.quorum.registration.fee.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentDetailsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 10, 15);

    private static PaymentDetails details(String amount, String currency, PaymentMethod method, String reference) {
        return new PaymentDetails(amount == null ? null : new BigDecimal(amount), currency, method, reference, DAY);
    }

    private static void assertViolates(String field, Runnable details) {
        assertThatThrownBy(details::run)
                .isInstanceOfSatisfying(
                        PaymentRuleViolation.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void methodAmountAndDayAreRequired() {
        assertViolates("method", () -> details("10", "EUR", null, null));
        assertViolates("amount", () -> details(null, "EUR", PaymentMethod.CASH, null));
        assertViolates("receivedOn", () -> new PaymentDetails(BigDecimal.TEN, "EUR", PaymentMethod.CASH, null, null));
    }

    @Test
    void theSmallestPaymentIsOneCentAndAmountsKeepTwoDecimals() {
        assertThat(details("0.01", "EUR", PaymentMethod.CARD, null).amount()).isEqualTo(new BigDecimal("0.01"));
        assertThat(details("12.500", "EUR", PaymentMethod.CARD, null).amount()).isEqualTo(new BigDecimal("12.50"));
        assertThatThrownBy(() -> details("0", "EUR", PaymentMethod.CARD, null))
                .isInstanceOf(PaymentRuleViolation.class)
                .hasMessage("must be greater than 0; only an ADJUSTMENT may be negative");
        assertThatThrownBy(() -> details("0.00", "EUR", PaymentMethod.ADJUSTMENT, "nothing"))
                .isInstanceOf(PaymentRuleViolation.class)
                .hasMessage("must not be zero");
    }

    @Test
    void anAdjustmentMayBeNegativeDownToMinusOneMillion() {
        assertThat(details("-1000000", "EUR", PaymentMethod.ADJUSTMENT, "wrong school")
                        .amount())
                .isEqualTo(new BigDecimal("-1000000.00"));
        assertThat(details("0.01", "EUR", PaymentMethod.ADJUSTMENT, "missed a cent")
                        .amount())
                .isEqualTo(new BigDecimal("0.01"));
        assertViolates("amount", () -> details("-1000000.01", "EUR", PaymentMethod.ADJUSTMENT, "too much"));
    }

    @Test
    void currencyIsThreeCapitalLetters() {
        assertThat(details("10", "TRY", PaymentMethod.CASH, null).currency()).isEqualTo("TRY");
        assertViolates("currency", () -> details("10", null, PaymentMethod.CASH, null));
        assertViolates("currency", () -> details("10", "eur", PaymentMethod.CASH, null));
        assertViolates("currency", () -> details("10", "EURO", PaymentMethod.CASH, null));
    }

    @Test
    void referenceIsStrippedBlankMeansNoneAndAtMostOneHundredCharacters() {
        assertThat(details("10", "EUR", PaymentMethod.CASH, "  R-1 ").reference())
                .isEqualTo("R-1");
        assertThat(details("10", "EUR", PaymentMethod.CASH, " ").reference()).isNull();
        assertThat(details("10", "EUR", PaymentMethod.CASH, "r".repeat(PaymentDetails.MAX_REFERENCE_LENGTH))
                        .reference())
                .hasSize(100);
        assertViolates(
                "reference",
                () -> details("10", "EUR", PaymentMethod.CASH, "r".repeat(PaymentDetails.MAX_REFERENCE_LENGTH + 1)));
    }

    @Test
    void onlyAnAdjustmentNeedsAReference() {
        assertThat(details("10", "EUR", PaymentMethod.BANK_TRANSFER, null).reference())
                .isNull();
        assertViolates("reference", () -> details("-10", "EUR", PaymentMethod.ADJUSTMENT, null));
    }
}
