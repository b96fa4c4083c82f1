package dev.quorum.registration.delegate.application;

import dev.quorum.registration.delegate.domain.Delegate;
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
}
