package dev.quorum.committee.committee.domain;

/** A committee would break one of its rules; {@code field} names the input at fault (a JSON path). */
public class CommitteeRuleViolation extends RuntimeException {
    private final String field;

    public CommitteeRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
