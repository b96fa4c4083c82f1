package dev.quorum.registration.school.domain;

import dev.quorum.registration.domain.RuleViolation;

/** A school would break one of its rules; {@code field} names the input at fault. */
public class SchoolRuleViolation extends RuleViolation {
    public SchoolRuleViolation(String field, String message) {
        super(field, message);
    }
}
