package dev.quorum.committee.session.domain;

/** Where a session stands; each action is allowed in some states only (see {@link Session}). */
public enum SessionState {
    FORMAL_DEBATE,
    MODERATED_CAUCUS,
    UNMODERATED_CAUCUS,
    VOTING_PROCEDURE,
    SUSPENDED,
    ADJOURNED;

    /** Whether the session is sitting: debating, caucusing or voting. */
    public boolean sitting() {
        return this != SUSPENDED && this != ADJOURNED;
    }
}
