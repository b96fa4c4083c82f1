package dev.quorum.registration.preference.domain;

import dev.quorum.registration.domain.RuleViolation;

/** A ranking would break one of its rules; {@code field} names the input at fault, e.g. {@code choices[2]}. */
public class PreferenceRuleViolation extends RuleViolation {
    public PreferenceRuleViolation(String field, String message) {
        super(field, message);
    }
}
