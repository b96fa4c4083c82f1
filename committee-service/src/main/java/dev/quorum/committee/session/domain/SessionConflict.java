package dev.quorum.committee.session.domain;

/** An action the session's state or the rules of procedure do not allow now; the message says why. */
public class SessionConflict extends RuntimeException {
    public SessionConflict(String reason) {
        super(reason);
    }
}
