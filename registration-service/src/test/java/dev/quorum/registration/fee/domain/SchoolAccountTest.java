package dev.quorum.registration.fee.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.quorum.registration.conference.domain.Fees;
import dev.quorum.registration.school.domain.School;
import dev.quorum.registration.school.domain.SchoolStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchoolAccountTest {
    private static final Optional<Fees> EUR_FEES =
            Optional.of(new Fees("EUR", new BigDecimal("150"), new BigDecimal("45.5")));
    private static final LocalDate TODAY = LocalDate.of(2025, 10, 15);
    private static final Instant NOW = Instant.parse("2025-10-15T09:00:00Z");

    @Test
    void anAcceptedSchoolOwesTheSchoolFeePlusTheFeePerDelegate() {
        Statement statement = SchoolAccount.of(school(SchoolStatus.ACCEPTED, 12), EUR_FEES, List.of())
                .statement();

        assertThat(statement.owed()).isEqualTo(new BigDecimal("696.00"));
        assertThat(statement.paid()).isEqualTo(new BigDecimal("0.00"));
        assertThat(statement.balance()).isEqualTo(new BigDecimal("696.00"));
        assertThat(statement.delegates()).isEqualTo(12);
        assertThat(statement.currency()).contains("EUR");
        assertThat(statement.note()).isEmpty();
        assertThat(statement.lines())
                .extracting(Statement.Line::kind, Statement.Line::amount)
                .containsExactly(
                        tuple(Statement.LineKind.SCHOOL_FEE, new BigDecimal("150.00")),
                        tuple(Statement.LineKind.DELEGATE_FEES, new BigDecimal("546.00")));
        assertThat(statement.lines().get(1).description()).isEqualTo("12 delegates × 45.50 EUR");
    }

    @Test
    void partialPaymentsLeaveTheRestToPayAndAreListedByTheDayReceived() {
        School school = school(SchoolStatus.ACCEPTED, 12);
        List<Payment> payments = new ArrayList<>();
        payments.add(recorded(school, payments, "300", PaymentMethod.BANK_TRANSFER, "BT-2", TODAY));
        payments.add(recorded(school, payments, "200.5", PaymentMethod.CASH, null, TODAY.minusDays(10)));

        Statement statement = SchoolAccount.of(school, EUR_FEES, payments).statement();

        assertThat(statement.paid()).isEqualTo(new BigDecimal("500.50"));
        assertThat(statement.balance()).isEqualTo(new BigDecimal("195.50"));
        assertThat(statement.lines().subList(2, 4))
                .extracting(Statement.Line::description)
                .containsExactly("Payment in cash", "Payment by bank transfer, reference BT-2");
        assertThat(statement.lines().get(2).date()).contains(TODAY.minusDays(10));
    }

    @Test
    void anOverpaymentIsACreditAndAnAdjustmentCorrectsIt() {
        School school = school(SchoolStatus.ACCEPTED, 12);
        List<Payment> payments = new ArrayList<>();
        payments.add(recorded(school, payments, "796", PaymentMethod.CARD, null, TODAY));

        assertThat(SchoolAccount.of(school, EUR_FEES, payments).statement().balance())
                .isEqualTo(new BigDecimal("-100.00"));

        payments.add(recorded(school, payments, "-100", PaymentMethod.ADJUSTMENT, "card charged twice", TODAY));
        Statement corrected = SchoolAccount.of(school, EUR_FEES, payments).statement();
        assertThat(corrected.balance()).isEqualTo(new BigDecimal("0.00"));
        assertThat(corrected.lines().get(3).kind()).isEqualTo(Statement.LineKind.ADJUSTMENT);
        assertThat(corrected.lines().get(3).amount()).isEqualTo(new BigDecimal("-100.00"));
    }

    @Test
    void anAdjustmentMayNotTakeWhatWasPaidBelowZero() {
        School school = school(SchoolStatus.ACCEPTED, 2);
        List<Payment> payments = new ArrayList<>();
        payments.add(recorded(school, payments, "50", PaymentMethod.CASH, null, TODAY));

        assertThatThrownBy(() -> recorded(school, payments, "-50.01", PaymentMethod.ADJUSTMENT, "refund", TODAY))
                .isInstanceOfSatisfying(
                        PaymentRuleViolation.class, e -> assertThat(e.field()).isEqualTo("amount"));
    }

    @Test
    void waitlistedAndAppliedSchoolsOweNothingYet() {
        for (SchoolStatus status : List.of(SchoolStatus.WAITLISTED, SchoolStatus.APPLIED)) {
            Statement statement =
                    SchoolAccount.of(school(status, 12), EUR_FEES, List.of()).statement();

            assertThat(statement.owed()).isEqualTo(new BigDecimal("0.00"));
            assertThat(statement.delegates()).isZero();
            assertThat(statement.lines()).isEmpty();
            assertThat(statement.note()).hasValueSatisfying(n -> assertThat(n).contains("nothing is owed"));
        }
    }

    @Test
    void aWithdrawnSchoolOwesNothingAndKeepsItsPaymentsAsACredit() {
        School accepted = school(SchoolStatus.ACCEPTED, 4);
        List<Payment> payments = new ArrayList<>();
        payments.add(recorded(accepted, payments, "150", PaymentMethod.BANK_TRANSFER, null, TODAY));

        Statement statement = SchoolAccount.of(school(SchoolStatus.WITHDRAWN, 4), EUR_FEES, payments)
                .statement();

        assertThat(statement.owed()).isEqualTo(new BigDecimal("0.00"));
        assertThat(statement.paid()).isEqualTo(new BigDecimal("150.00"));
        assertThat(statement.balance()).isEqualTo(new BigDecimal("-150.00"));
        assertThat(statement.note()).hasValueSatisfying(n -> assertThat(n).contains("refunds"));
    }

    @Test
    void aFreeConferenceChargesNothingAndTakesNoPayments() {
        SchoolAccount account = SchoolAccount.of(school(SchoolStatus.ACCEPTED, 12), Optional.empty(), List.of());

        Statement statement = account.statement();
        assertThat(statement.owed()).isEqualTo(new BigDecimal("0.00"));
        assertThat(statement.balance()).isEqualTo(new BigDecimal("0.00"));
        assertThat(statement.currency()).isEmpty();
        assertThat(statement.lines()).isEmpty();
        assertThat(statement.note()).contains("The conference is free: nothing is owed.");
        assertThatThrownBy(() ->
                        account.record("p", details("10", "EUR", PaymentMethod.CASH, null, TODAY), "me", NOW, TODAY))
                .isInstanceOfSatisfying(
                        PaymentRuleViolation.class, e -> assertThat(e.field()).isEqualTo("currency"));
    }

    @Test
    void paymentsMustBeInTheFeeCurrencyAndNotReceivedInTheFuture() {
        SchoolAccount account = SchoolAccount.of(school(SchoolStatus.ACCEPTED, 1), EUR_FEES, List.of());

        assertThatThrownBy(() ->
                        account.record("p", details("10", "USD", PaymentMethod.CASH, null, TODAY), "me", NOW, TODAY))
                .isInstanceOfSatisfying(
                        PaymentRuleViolation.class, e -> assertThat(e.field()).isEqualTo("currency"));
        assertThatThrownBy(() -> account.record(
                        "p", details("10", "EUR", PaymentMethod.CASH, null, TODAY.plusDays(1)), "me", NOW, TODAY))
                .isInstanceOfSatisfying(
                        PaymentRuleViolation.class, e -> assertThat(e.field()).isEqualTo("receivedOn"));
    }

    @Test
    void paymentsInACurrencyTheFeesNoLongerUseAreListedButNotCounted() {
        School school = school(SchoolStatus.ACCEPTED, 12);
        List<Payment> payments = new ArrayList<>();
        payments.add(recorded(school, payments, "100", PaymentMethod.CASH, null, TODAY));

        Optional<Fees> nowInDollars = Optional.of(new Fees("USD", new BigDecimal("150"), new BigDecimal("45.5")));
        Statement statement = SchoolAccount.of(school, nowInDollars, payments).statement();

        assertThat(statement.paid()).isEqualTo(new BigDecimal("0.00"));
        assertThat(statement.lines().get(2).description()).contains("not counted");
    }

    @Test
    void detailsRejectNonPositiveAmountsAdjustmentsWithoutReferenceAndTooManyDecimals() {
        assertThatThrownBy(() -> details("-5", "EUR", PaymentMethod.CASH, "x", TODAY))
                .isInstanceOfSatisfying(
                        PaymentRuleViolation.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> details("0", "EUR", PaymentMethod.ADJUSTMENT, "x", TODAY))
                .isInstanceOfSatisfying(
                        PaymentRuleViolation.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> details("1.005", "EUR", PaymentMethod.CARD, null, TODAY))
                .isInstanceOfSatisfying(
                        PaymentRuleViolation.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> details("1000000.01", "EUR", PaymentMethod.CARD, null, TODAY))
                .isInstanceOfSatisfying(
                        PaymentRuleViolation.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> details("-5", "EUR", PaymentMethod.ADJUSTMENT, "  ", TODAY))
                .isInstanceOfSatisfying(
                        PaymentRuleViolation.class, e -> assertThat(e.field()).isEqualTo("reference"));
        assertThat(details("1000000", "EUR", PaymentMethod.OTHER, null, TODAY).amount())
                .isEqualTo(new BigDecimal("1000000.00"));
    }

    private static Payment recorded(
            School school,
            List<Payment> before,
            String amount,
            PaymentMethod method,
            String reference,
            LocalDate receivedOn) {
        return SchoolAccount.of(school, EUR_FEES, before)
                .record(
                        "payment-" + before.size(),
                        details(amount, "EUR", method, reference, receivedOn),
                        "secretariat-account",
                        NOW.plusSeconds(before.size()),
                        TODAY);
    }

    private static PaymentDetails details(
            String amount, String currency, PaymentMethod method, String reference, LocalDate receivedOn) {
        return new PaymentDetails(new BigDecimal(amount), currency, method, reference, receivedOn);
    }

    private static School school(SchoolStatus status, int delegates) {
        return new School(
                "school-1",
                "conference-1",
                1,
                "Antalya Bilim College",
                "Antalya",
                "Türkiye",
                delegates,
                new School.Contact("Ayşe Yılmaz", "advisor@school.example", null),
                "advisor-account",
                status,
                Instant.parse("2025-09-01T10:00:00Z"));
    }
}
