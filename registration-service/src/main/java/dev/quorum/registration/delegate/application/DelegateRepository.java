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

    /** Marks the code redeemed and returns its delegate, atomically: a code works once. */
    Optional<Delegate> redeem(String accessCodeHash);

    /** Replaces the delegate's access code with a fresh, unredeemed one. */
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
