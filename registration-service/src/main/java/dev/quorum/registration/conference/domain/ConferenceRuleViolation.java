package dev.quorum.registration.conference.domain;

/** A conference would break one of its rules; {@code field} names the input at fault. */
public class ConferenceRuleViolation extends RuntimeException {
    private final String field;

    public ConferenceRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
