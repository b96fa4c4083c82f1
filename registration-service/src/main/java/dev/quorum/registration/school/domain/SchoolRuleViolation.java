package dev.quorum.registration.school.domain;

/** A school would break one of its rules; {@code field} names the input at fault. */
public class SchoolRuleViolation extends RuntimeException {
    private final String field;

    public SchoolRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
