package dev.quorum.committee.session.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A server-authoritative countdown: every screen computes the same clock from when it (last)
 * started and how long it runs. A paused timer keeps the seconds that were left.
 *
 * @param startedAt when it started or last resumed
 * @param durationSeconds how long it runs from {@code startedAt}
 * @param pausedRemainingSeconds the seconds left when it was paused; null while it runs
 */
public record Timer(Instant startedAt, int durationSeconds, Integer pausedRemainingSeconds) {

    public static Timer start(Instant now, int durationSeconds) {
        return new Timer(now, durationSeconds, null);
    }

    /** When a running timer reaches zero; a paused one has no end until resumed. */
    public Instant endsAt() {
        if (paused()) {
            throw new IllegalStateException("A paused timer has no end.");
        }
        return startedAt.plusSeconds(durationSeconds);
    }

    public boolean paused() {
        return pausedRemainingSeconds != null;
    }

    /** Seconds left at {@code now}, never below zero. */
    public int remainingSeconds(Instant now) {
        if (paused()) {
            return pausedRemainingSeconds;
        }
        long elapsed = Duration.between(startedAt, now).toSeconds();
        return (int) Math.max(0, durationSeconds - elapsed);
    }

    public Timer pause(Instant now) {
        if (paused()) {
            throw new SessionConflict("The timer is already paused.");
        }
        return new Timer(startedAt, durationSeconds, remainingSeconds(now));
    }

    public Timer resume(Instant now) {
        if (!paused()) {
            throw new SessionConflict("The timer is running, not paused.");
        }
        return new Timer(now, pausedRemainingSeconds, null);
    }
}
