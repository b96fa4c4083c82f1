package dev.quorum.registration.school.application;

import java.time.Duration;

/**
 * Who runs the reconciler now: with several instances, one holds the lease and the others skip
 * their turn, so they do not repeat each other's store reads (the repairs themselves are safe to
 * run twice).
 */
public interface ReconcilerLease {
    /** Takes (or renews) the lease for {@code ttl} if it is free, expired or already {@code owner}'s. */
    boolean claim(String owner, Duration ttl);
}
