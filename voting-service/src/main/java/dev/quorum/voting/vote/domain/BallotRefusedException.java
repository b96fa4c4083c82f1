package dev.quorum.voting.vote.domain;

/** A ballot the vote cannot take; {@link #reason()} says which rule it broke. */
public class BallotRefusedException extends RuntimeException {
    /** Why a ballot is refused. */
    public enum Reason {
        /** The vote is closed. */
        CLOSED,
        /** The seat is not among the vote's eligible seats (absent, observer on a substantive vote, ...). */
        NOT_ELIGIBLE,
        /** The rule forbids this choice for this seat (abstaining on a procedural vote, passing twice, ...). */
        CHOICE_NOT_ALLOWED,
        /** "With rights" goes with yes or no only. */
        RIGHTS_NOT_ALLOWED,
        /** The seat voted already and the rule does not let it change its ballot. */
        ALREADY_VOTED
    }

    private final Reason reason;

    public BallotRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
