package dev.quorum.registration.fee.web;

import dev.quorum.registration.fee.domain.Statement;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A school's statement: fees owed, payments recorded, and the balance. */
public record StatementResponse(
        String schoolId,
        String conferenceId,

        @Schema(description = "The currency of the conference's fees; absent when the conference is free")
        String currency,

        @Schema(description = "The school's status: APPLIED, ACCEPTED, WAITLISTED or WITHDRAWN")
        String status,

        @Schema(description = "Delegates charged for: the requested delegation while ACCEPTED, else 0")
        int delegates,

        @Schema(description = "Fee lines first, then payments and adjustments in the order they were received")
        List<Line> lines,

        @Schema(description = "Sum of the fee lines", example = "696.00")
        BigDecimal owed,

        @Schema(description = "Sum of the payment and adjustment lines in the fee currency", example = "500.00")
        BigDecimal paid,

        @Schema(description = "owed - paid; negative is a credit in the school's favour", example = "196.00")
        BigDecimal balance,

        @Schema(description = "Why nothing is owed, when that is so (not accepted, withdrawn, free)")
        String note) {

    /** One line of the statement. */
    public record Line(
            @Schema(description = "SCHOOL_FEE, DELEGATE_FEES, PAYMENT or ADJUSTMENT")
            String kind,

            String description,

            @Schema(description = "Fees: the amount owed. Payments: the amount received. Adjustments: signed.")
            BigDecimal amount,

            @Schema(description = "The day a payment was received; absent for fees")
            LocalDate date,

            @Schema(description = "The payment shown; absent for fees")
            String paymentId) {}

    static StatementResponse of(Statement s) {
        return new StatementResponse(
                s.schoolId(),
                s.conferenceId(),
                s.currency().orElse(null),
                s.status().name(),
                s.delegates(),
                s.lines().stream()
                        .map(l -> new Line(
                                l.kind().name(),
                                l.description(),
                                l.amount(),
                                l.date().orElse(null),
                                l.paymentId().orElse(null)))
                        .toList(),
                s.owed(),
                s.paid(),
                s.balance(),
                s.note().orElse(null));
    }
}
