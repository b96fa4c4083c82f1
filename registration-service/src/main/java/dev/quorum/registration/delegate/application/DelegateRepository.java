package dev.quorum.registration.delegate.application;

import dev.quorum.registration.delegate.domain.Delegate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Delegates by school; access codes are looked up by their hash. */
public interface DelegateRepository {
    void insert(Delegate delegate);

    Optional<Delegate> findById(String id);

    List<Delegate> findBySchool(String schoolId);

    /**
     * Marks the code redeemed and returns its delegate, atomically: a code works once. The
     * delegate's tokens from then on belong to {@code sessionId} (see {@link #findInSession}).
     */
    Optional<Delegate> redeem(String accessCodeHash, String sessionId);

    /** The delegate, if {@code sessionId} is still its session (no new code was issued since). */
    Optional<Delegate> findInSession(String delegateId, String sessionId);

    /** Replaces the delegate's access code with a fresh, unredeemed one and ends its session. */
    void replaceAccessCode(String delegateId, String accessCodeHash);

    /**
     * Takes the delegate's seating lock until {@code until}, so that one delegate is moved between
     * seats by one request at a time; an expired lock (its holder crashed) may be taken over.
     *
     * @return false while someone else holds it
     */
    boolean lockSeating(String delegateId, String token, Instant now, Instant until);

    /** Gives the lock back, if {@code token} still holds it. */
    void unlockSeating(String delegateId, String token);
}
