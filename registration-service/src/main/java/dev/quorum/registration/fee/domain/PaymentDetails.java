package dev.quorum.registration.fee.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the Secretariat says about money received for a school, checked on its own: an amount
 * above zero with at most 2 decimals (negative only for an {@link PaymentMethod#ADJUSTMENT}, which
 * needs a reference), an ISO 4217 currency, a method and the day it was received.
 */
public record PaymentDetails(
        BigDecimal amount, String currency, PaymentMethod method, String reference, LocalDate receivedOn) {

    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");
    public static final int MAX_REFERENCE_LENGTH = 100;

    public PaymentDetails {
        if (method == null) {
            throw new PaymentRuleViolation("method", "is required");
        }
        if (amount == null) {
            throw new PaymentRuleViolation("amount", "is required");
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.abs().compareTo(MAX_AMOUNT) > 0) {
            throw new PaymentRuleViolation("amount", "must be at most " + MAX_AMOUNT + " with at most 2 decimals");
        }
        if (method == PaymentMethod.ADJUSTMENT ? amount.signum() == 0 : amount.signum() <= 0) {
            throw new PaymentRuleViolation(
                    "amount",
                    method == PaymentMethod.ADJUSTMENT
                            ? "must not be zero"
                            : "must be greater than 0; only an ADJUSTMENT may be negative");
        }
        amount = amount.setScale(2);
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new PaymentRuleViolation("currency", "must be an ISO 4217 code such as EUR");
        }
        reference = reference == null || reference.isBlank() ? null : reference.strip();
        if (reference != null && reference.length() > MAX_REFERENCE_LENGTH) {
            throw new PaymentRuleViolation("reference", "must be at most " + MAX_REFERENCE_LENGTH + " characters");
        }
        if (method == PaymentMethod.ADJUSTMENT && reference == null) {
            throw new PaymentRuleViolation("reference", "is required for an ADJUSTMENT: say what it corrects");
        }
        if (receivedOn == null) {
            throw new PaymentRuleViolation("receivedOn", "is required");
        }
    }
}
