package dev.quorum.registration.conference.domain;

import dev.quorum.registration.domain.RuleViolation;

/** A conference would break one of its rules; {@code field} names the input at fault. */
public class ConferenceRuleViolation extends RuleViolation {
    public ConferenceRuleViolation(String field, String message) {
        super(field, message);
    }
}
