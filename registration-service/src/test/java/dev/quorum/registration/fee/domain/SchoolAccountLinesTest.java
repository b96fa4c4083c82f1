package dev.quorum.registration.fee.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.registration.conference.domain.Fees;
import dev.quorum.registration.school.domain.School;
import dev.quorum.registration.school.domain.SchoolStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How payments are recorded and shown, line by line, beside {@link SchoolAccountTest}'s sums. */
class SchoolAccountLinesTest {
    private static final Optional<Fees> EUR_FEES = Optional.of(new Fees("EUR", new BigDecimal("100"), BigDecimal.TEN));
    private static final LocalDate TODAY = LocalDate.of(2025, 10, 15);
    private static final Instant NOW = Instant.parse("2025-10-15T09:00:00Z");
    private static final School SCHOOL = new School(
            "school-1",
            "conference-1",
            1,
            "Antalya Bilim College",
            null,
            null,
            2,
            new School.Contact("Ayşe Yılmaz", "advisor@school.example", null),
            "advisor-account",
            SchoolStatus.ACCEPTED,
            NOW);

    private static Payment payment(
            String id, String amount, PaymentMethod method, String reference, LocalDate day, Instant at) {
        return new Payment(
                id,
                SCHOOL.id(),
                SCHOOL.conferenceId(),
                new PaymentDetails(new BigDecimal(amount), "EUR", method, reference, day),
                "me",
                at);
    }

    @Test
    void aRecordedPaymentBelongsToTheSchoolAndSaysWhoRecordedItWhen() {
        PaymentDetails details = new PaymentDetails(BigDecimal.TEN, "EUR", PaymentMethod.CASH, null, TODAY);

        Payment payment =
                SchoolAccount.of(SCHOOL, EUR_FEES, List.of()).record("p1", details, "secretariat", NOW, TODAY);

        assertThat(payment).isEqualTo(new Payment("p1", "school-1", "conference-1", details, "secretariat", NOW));
        assertThat(payment.isAdjustment()).isFalse();
    }

    @Test
    void anAdjustmentMayTakeWhatWasPaidExactlyToZero() {
        List<Payment> paid = List.of(payment("p1", "50", PaymentMethod.CASH, null, TODAY, NOW));
        PaymentDetails undo =
                new PaymentDetails(new BigDecimal("-50"), "EUR", PaymentMethod.ADJUSTMENT, "p1 twice", TODAY);

        Payment adjustment = SchoolAccount.of(SCHOOL, EUR_FEES, paid).record("p2", undo, "me", NOW, TODAY);

        assertThat(adjustment.isAdjustment()).isTrue();
        assertThat(adjustment.amount()).isEqualTo(new BigDecimal("-50.00"));
    }

    @Test
    void eachMethodIsDescribedWithItsReference() {
        List<Payment> payments = List.of(
                payment("p1", "1", PaymentMethod.CARD, "C-1", TODAY, NOW),
                payment("p2", "1", PaymentMethod.OTHER, null, TODAY, NOW.plusSeconds(1)),
                payment("p3", "1", PaymentMethod.OTHER, "cheque 7", TODAY, NOW.plusSeconds(2)),
                payment("p4", "-1", PaymentMethod.ADJUSTMENT, "p3 bounced", TODAY, NOW.plusSeconds(3)),
                payment("p5", "1", PaymentMethod.CASH, "receipt 9", TODAY, NOW.plusSeconds(4)));

        Statement statement = SchoolAccount.of(SCHOOL, EUR_FEES, payments).statement();

        assertThat(statement.lines().subList(2, 7))
                .extracting(Statement.Line::description)
                .containsExactly(
                        "Payment by card, reference C-1",
                        "Payment",
                        "Payment, reference cheque 7",
                        "Adjustment: p3 bounced",
                        "Payment in cash, reference receipt 9");
        assertThat(statement.lines().get(2).paymentId()).contains("p1");
        assertThat(statement.lines().get(0).paymentId()).isEmpty();
        assertThat(statement.lines().get(0).date()).isEmpty();
        assertThat(statement.lines().get(0).description()).isEqualTo("School fee");
    }

    @Test
    void paymentsOfTheSameDayAreListedInTheOrderTheyWereRecordedThenById() {
        List<Payment> payments = List.of(
                payment("b", "1", PaymentMethod.CASH, null, TODAY, NOW.plusSeconds(5)),
                payment("c", "1", PaymentMethod.CASH, null, TODAY, NOW),
                payment("a", "1", PaymentMethod.CASH, null, TODAY, NOW.plusSeconds(5)),
                payment("d", "1", PaymentMethod.CASH, null, TODAY.minusDays(1), NOW.plusSeconds(9)));

        Statement statement = SchoolAccount.of(SCHOOL, EUR_FEES, payments).statement();

        assertThat(statement.lines().subList(2, 6))
                .extracting(l -> l.paymentId().orElseThrow())
                .containsExactly("d", "c", "a", "b");
    }

    @Test
    void paymentsKeptAfterTheConferenceBecameFreeAreListedButNotCounted() {
        List<Payment> payments = List.of(payment("p1", "30", PaymentMethod.CASH, null, TODAY, NOW));

        Statement statement =
                SchoolAccount.of(SCHOOL, Optional.empty(), payments).statement();

        assertThat(statement.paid()).isEqualTo(new BigDecimal("0.00"));
        assertThat(statement.balance()).isEqualTo(new BigDecimal("0.00"));
        assertThat(statement.lines())
                .singleElement()
                .satisfies(l -> assertThat(l.description())
                        .isEqualTo("Payment in cash (in EUR, not counted: the conference is free)"));
    }

    @Test
    void aPaymentInAnotherCurrencyNamesTheFeeCurrency() {
        Payment dollars = new Payment(
                "p1",
                SCHOOL.id(),
                SCHOOL.conferenceId(),
                new PaymentDetails(BigDecimal.TEN, "USD", PaymentMethod.CARD, null, TODAY),
                "me",
                NOW);

        Statement statement =
                SchoolAccount.of(SCHOOL, EUR_FEES, List.of(dollars)).statement();

        assertThat(statement.lines().get(2).description())
                .isEqualTo("Payment by card (in USD, not counted: the conference's fees are in EUR)");
        assertThat(statement.balance()).isEqualTo(new BigDecimal("120.00"));
    }

    @Test
    void theNoteSaysWhyNothingIsOwed() {
        assertThat(statementFor(SchoolStatus.APPLIED).note())
                .hasValueSatisfying(n -> assertThat(n).contains("not decided yet"));
        assertThat(statementFor(SchoolStatus.WAITLISTED).note())
                .hasValueSatisfying(n -> assertThat(n).contains("waitlist"));
        assertThat(statementFor(SchoolStatus.WITHDRAWN).note())
                .hasValueSatisfying(n -> assertThat(n).contains("withdrawn"));
        assertThat(statementFor(SchoolStatus.ACCEPTED).note()).isEmpty();
    }

    private static Statement statementFor(SchoolStatus status) {
        School school = new School(
                SCHOOL.id(),
                SCHOOL.conferenceId(),
                1,
                SCHOOL.name(),
                null,
                null,
                2,
                SCHOOL.contact(),
                "a",
                status,
                NOW);
        return SchoolAccount.of(school, EUR_FEES, List.of()).statement();
    }
}
