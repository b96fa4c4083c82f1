package dev.quorum.registration.application;

import dev.quorum.platform.problem.TransientConflictException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one retry of registration's writes that are guarded by the version (or count) they read:
 * read, decide, write if nothing changed meanwhile, else read again. Each attempt answers a result
 * when it is done, or empty when a concurrent write won and it must read again. Without a
 * backoff: a lost compare-and-set means someone else made progress, and the next read sees it.
 */
public final class VersionedRetry {
    /** Enough for a seat that a whole conference's delegates race for; bounded so that nothing spins for ever. */
    public static final int ATTEMPTS = 200;

    private VersionedRetry() {}

    /**
     * The first result an attempt answers.
     *
     * @throws TransientConflictException (409, "try again") with {@code busy} after {@link #ATTEMPTS}
     *     attempts that all lost
     */
    public static <T> T untilWritten(Supplier<Optional<T>> attempt, String busy) {
        for (int i = 0; i < ATTEMPTS; i++) {
            Optional<T> result = attempt.get();
            if (result.isPresent()) {
                return result.get();
            }
        }
        throw new TransientConflictException(busy);
    }
}
