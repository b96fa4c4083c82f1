package dev.quorum.registration.fee.domain;

/** A payment would break one of the fee rules; {@code field} names the input at fault. */
public class PaymentRuleViolation extends RuntimeException {
    private final String field;

    public PaymentRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
