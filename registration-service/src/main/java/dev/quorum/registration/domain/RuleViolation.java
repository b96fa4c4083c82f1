package dev.quorum.registration.domain;

/**
 * Input that would break a domain rule; {@code field} names the input at fault (for example
 * {@code capacity} or {@code choices[2]}). Every feature's violations answer alike: 400 naming
 * the field, nothing stored.
 */
public class RuleViolation extends RuntimeException {
    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
