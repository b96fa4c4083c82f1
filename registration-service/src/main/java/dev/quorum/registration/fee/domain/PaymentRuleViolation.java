package dev.quorum.registration.fee.domain;

import dev.quorum.registration.domain.RuleViolation;

/** A payment would break one of the fee rules; {@code field} names the input at fault. */
public class PaymentRuleViolation extends RuleViolation {
    public PaymentRuleViolation(String field, String message) {
        super(field, message);
    }
}
