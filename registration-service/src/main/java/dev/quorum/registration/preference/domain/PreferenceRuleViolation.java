package dev.quorum.registration.preference.domain;

/** A ranking would break one of its rules; {@code field} names the input at fault, e.g. {@code choices[2]}. */
public class PreferenceRuleViolation extends RuntimeException {
    private final String field;

    public PreferenceRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
