package dev.quorum.registration.fee.domain;

import dev.quorum.registration.school.domain.SchoolStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a school owes and has paid, line by line, in exact decimals of scale 2.
 *
 * @param currency the conference's fee currency; empty when the conference is free
 * @param delegates the delegates the school is charged for: its request while accepted, else 0
 * @param owed the sum of the fee lines
 * @param paid the sum of the payment and adjustment lines in {@code currency}
 * @param balance {@code owed - paid}; negative is a credit in the school's favour
 * @param note why nothing (or less than expected) is owed, when that is the case
 */
public record Statement(
        String schoolId,
        String conferenceId,
        Optional<String> currency,
        SchoolStatus status,
        int delegates,
        List<Line> lines,
        BigDecimal owed,
        BigDecimal paid,
        BigDecimal balance,
        Optional<String> note) {

    public Statement {
        Objects.requireNonNull(schoolId);
        Objects.requireNonNull(conferenceId);
        Objects.requireNonNull(currency);
        Objects.requireNonNull(status);
        lines = List.copyOf(lines);
        Objects.requireNonNull(note);
    }

    /** What a line stands for. */
    public enum LineKind {
        SCHOOL_FEE,
        DELEGATE_FEES,
        PAYMENT,
        ADJUSTMENT
    }

    /**
     * One line: a fee owed, or money recorded (adjustments keep their sign).
     *
     * @param date the day a payment was received; empty for fees
     * @param paymentId the payment the line shows; empty for fees
     */
    public record Line(
            LineKind kind,
            String description,
            BigDecimal amount,
            Optional<LocalDate> date,
            Optional<String> paymentId) {}
}
