package dev.quorum.registration.account.application;

import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins counted per username (folded, whether or not the account exists, so the
 * throttle reveals nothing), shared by every instance: a guesser spreading attempts over many
 * addresses still meets the per-account limit that the gateway's per-address limit cannot give.
 */
public interface SignInAttempts {
    /** Until when sign-ins for this username are refused, if they are now. */
    Optional<Instant> lockedUntil(String usernameKey);

    /** Counts a failure; the one that reaches the limit locks the username for a while. */
    void failed(String usernameKey);

    /** A successful sign-in forgets the failures. */
    void succeeded(String usernameKey);
}
