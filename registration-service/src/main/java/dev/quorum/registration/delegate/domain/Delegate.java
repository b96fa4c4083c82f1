package dev.quorum.registration.delegate.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A student on a school's delegation. Delegates are often minors: only a display name, a grade
 * and an optional note on MUN experience are kept, nothing else.
 *
 * @param accessCodeHash SHA-256 of the one-time access code the advisor hands over; never the code
 * @param accessCodeRedeemed whether that code has been exchanged for a token
 */
public record Delegate(
        String id,
        String schoolId,
        String conferenceId,
        String name,
        String grade,
        String experience,
        String accessCodeHash,
        boolean accessCodeRedeemed,
        Instant createdAt) {

    public static final int MAX_NAME_LENGTH = 100;

    public Delegate {
        Objects.requireNonNull(id);
        Objects.requireNonNull(schoolId);
        Objects.requireNonNull(conferenceId);
        Objects.requireNonNull(accessCodeHash);
        Objects.requireNonNull(createdAt);
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("name must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
    }
}
