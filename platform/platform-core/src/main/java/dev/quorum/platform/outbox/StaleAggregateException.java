package dev.quorum.platform.outbox;

import dev.quorum.platform.problem.TransientConflictException;

/** The aggregate changed since it was read (its version moved on): reload and try again. */
public class StaleAggregateException extends TransientConflictException {
    public StaleAggregateException(String detail) {
        super(detail);
    }
}
