package dev.quorum.committee.session.domain;

/** A motion or point named in the path that the session does not have. */
public class SessionItemMissing extends RuntimeException {
    public SessionItemMissing(String message) {
        super(message);
    }
}
