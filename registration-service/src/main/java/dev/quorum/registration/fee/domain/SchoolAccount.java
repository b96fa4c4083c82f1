package dev.quorum.registration.fee.domain;

import dev.quorum.registration.conference.domain.Fees;
import dev.quorum.registration.school.domain.School;
import dev.quorum.registration.school.domain.SchoolStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A school's money at its conference: what it owes by the conference's fees and its status, and
 * the payments recorded for it. It decides whether a new payment may be recorded and draws up the
 * statement.
 *
 * <p>Only an accepted school owes anything: the fee per school plus the fee per delegate for its
 * requested delegation. An applied or waitlisted school owes nothing yet; a withdrawn one owes
 * nothing any more, and what it paid stays recorded (refunds are out of scope, so its balance shows
 * the credit).
 */
public final class SchoolAccount {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final Comparator<Payment> RECEIVED_ORDER = Comparator.comparing(Payment::receivedOn)
            .thenComparing(Payment::recordedAt)
            .thenComparing(Payment::id);

    private final School school;
    private final Optional<Fees> fees;
    private final List<Payment> payments;

    private SchoolAccount(School school, Optional<Fees> fees, List<Payment> payments) {
        this.school = Objects.requireNonNull(school);
        this.fees = Objects.requireNonNull(fees);
        this.payments = payments.stream().sorted(RECEIVED_ORDER).toList();
    }

    /**
     * @param fees the conference's fees; empty when it is free
     * @param payments the payments recorded for the school so far, in any order
     */
    public static SchoolAccount of(School school, Optional<Fees> fees, List<Payment> payments) {
        return new SchoolAccount(school, fees, payments);
    }

    /**
     * A new payment for the school, if the conference charges fees in its currency, it was not
     * received after {@code today} (the conference's date), and, for an adjustment, it does not
     * take what the school has paid below zero.
     */
    public Payment record(String paymentId, PaymentDetails details, String recordedBy, Instant now, LocalDate today) {
        Fees charged = fees.orElseThrow(() -> new PaymentRuleViolation(
                "currency", "the conference is free: it has no fee currency and takes no payments"));
        if (!charged.currency().equals(details.currency())) {
            throw new PaymentRuleViolation(
                    "currency", "must be " + charged.currency() + ", the currency of the conference's fees");
        }
        if (details.receivedOn().isAfter(today)) {
            throw new PaymentRuleViolation(
                    "receivedOn", "must not be in the future (it is " + today + " where the conference takes place)");
        }
        BigDecimal paid = paid();
        if (details.amount().signum() < 0 && paid.add(details.amount()).signum() < 0) {
            throw new PaymentRuleViolation(
                    "amount",
                    "would take what the school has paid (" + paid + " " + charged.currency()
                            + ") below zero; refunds are out of scope");
        }
        return new Payment(paymentId, school.id(), school.conferenceId(), details, recordedBy, now);
    }

    public Statement statement() {
        List<Statement.Line> lines = new ArrayList<>();
        int delegates = school.delegatesHeld();
        BigDecimal owed = ZERO;
        if (fees.isPresent() && school.status() == SchoolStatus.ACCEPTED) {
            Fees f = fees.get();
            BigDecimal delegateFees = f.perDelegate().multiply(BigDecimal.valueOf(delegates));
            lines.add(feeLine(Statement.LineKind.SCHOOL_FEE, "School fee", f.perSchool()));
            lines.add(feeLine(
                    Statement.LineKind.DELEGATE_FEES,
                    delegates + " delegates × " + f.perDelegate() + " " + f.currency(),
                    delegateFees));
            owed = f.owedBy(delegates);
        }
        for (Payment p : payments) {
            lines.add(paymentLine(p));
        }
        BigDecimal paid = paid();
        return new Statement(
                school.id(),
                school.conferenceId(),
                fees.map(Fees::currency),
                school.status(),
                delegates,
                lines,
                owed,
                paid,
                owed.subtract(paid),
                note());
    }

    /** What was paid in the fee currency; payments in a currency the fees no longer use do not count. */
    private BigDecimal paid() {
        return payments.stream().filter(this::counts).map(Payment::amount).reduce(ZERO, BigDecimal::add);
    }

    private boolean counts(Payment payment) {
        return fees.map(f -> f.currency().equals(payment.currency())).orElse(false);
    }

    private Optional<String> note() {
        switch (school.status()) {
            case APPLIED:
                return Optional.of("The application is not decided yet: nothing is owed until the school is accepted.");
            case WAITLISTED:
                return Optional.of("The school is on the waitlist: nothing is owed until it is accepted.");
            case WITHDRAWN:
                return Optional.of("The school has withdrawn: nothing is owed. Its payments stay recorded; "
                        + "refunds are not handled by Quorum, so a negative balance is the credit to refund.");
            default:
                return fees.isPresent() ? Optional.empty() : Optional.of("The conference is free: nothing is owed.");
        }
    }

    private static Statement.Line feeLine(Statement.LineKind kind, String description, BigDecimal amount) {
        return new Statement.Line(kind, description, amount, Optional.empty(), Optional.empty());
    }

    private Statement.Line paymentLine(Payment p) {
        String description = describe(p);
        if (!counts(p)) {
            description += " (in " + p.currency() + ", not counted: "
                    + fees.map(f -> "the conference's fees are in " + f.currency())
                            .orElse("the conference is free")
                    + ")";
        }
        return new Statement.Line(
                p.isAdjustment() ? Statement.LineKind.ADJUSTMENT : Statement.LineKind.PAYMENT,
                description,
                p.amount(),
                Optional.of(p.receivedOn()),
                Optional.of(p.id()));
    }

    private static String describe(Payment p) {
        String reference = p.details().reference();
        switch (p.method()) {
            case ADJUSTMENT:
                return "Adjustment: " + reference;
            case BANK_TRANSFER:
                return withReference("Payment by bank transfer", reference);
            case CARD:
                return withReference("Payment by card", reference);
            case CASH:
                return withReference("Payment in cash", reference);
            default:
                return withReference("Payment", reference);
        }
    }

    private static String withReference(String text, String reference) {
        return reference == null ? text : text + ", reference " + reference;
    }
}
