package dev.quorum.registration.token.domain;

/** Where a signing key stands in its life; derived from the clock, never stored. */
public enum KeyState {
    /** Published so that verifiers learn it, not yet signing. */
    NEXT,
    /** Signs every new token. */
    CURRENT,
    /** Signs nothing any more, still published while tokens it signed may be alive. */
    PREVIOUS,
    /** Neither signs nor verifies: every token it signed has expired. */
    RETIRED
}
