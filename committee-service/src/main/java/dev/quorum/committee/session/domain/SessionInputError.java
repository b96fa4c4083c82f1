package dev.quorum.committee.session.domain;

/** Input that names something the committee does not have or leaves out what an action needs. */
public class SessionInputError extends RuntimeException {
    private final String field;

    public SessionInputError(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, as a JSON path such as {@code entries[2].seatId}. */
    public String field() {
        return field;
    }
}
