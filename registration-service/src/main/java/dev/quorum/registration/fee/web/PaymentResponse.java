package dev.quorum.registration.fee.web;

import dev.quorum.registration.fee.domain.Payment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded payment. */
public record PaymentResponse(
        String id,
        String schoolId,
        String conferenceId,
        BigDecimal amount,
        String currency,
        String method,
        String reference,
        LocalDate receivedOn,
        String recordedBy,
        Instant recordedAt) {

    static PaymentResponse of(Payment p) {
        return new PaymentResponse(
                p.id(),
                p.schoolId(),
                p.conferenceId(),
                p.amount(),
                p.currency(),
                p.method().name(),
                p.details().reference(),
                p.receivedOn(),
                p.recordedBy(),
                p.recordedAt());
    }
}
