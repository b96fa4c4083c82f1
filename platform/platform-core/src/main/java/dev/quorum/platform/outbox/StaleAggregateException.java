package dev.quorum.platform.outbox;

import dev.quorum.platform.problem.ConflictException;

/** The aggregate changed since it was read (its version moved on): reload and try again. */
public class StaleAggregateException extends ConflictException {
    public StaleAggregateException(String detail) {
        super(detail);
    }
}
