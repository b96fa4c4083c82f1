package dev.quorum.registration.fee.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Money received for a school (or an adjustment of what was recorded), as the Secretariat recorded
 * it. Payments are only ever added, never changed: a mistake is corrected by an adjustment.
 *
 * @param recordedBy the account (token subject) that recorded it
 */
public record Payment(
        String id,
        String schoolId,
        String conferenceId,
        PaymentDetails details,
        String recordedBy,
        Instant recordedAt) {

    public Payment {
        Objects.requireNonNull(id);
        Objects.requireNonNull(schoolId);
        Objects.requireNonNull(conferenceId);
        Objects.requireNonNull(details);
        Objects.requireNonNull(recordedBy);
        Objects.requireNonNull(recordedAt);
    }

    public BigDecimal amount() {
        return details.amount();
    }

    public String currency() {
        return details.currency();
    }

    public PaymentMethod method() {
        return details.method();
    }

    public LocalDate receivedOn() {
        return details.receivedOn();
    }

    public boolean isAdjustment() {
        return details.method() == PaymentMethod.ADJUSTMENT;
    }
}
