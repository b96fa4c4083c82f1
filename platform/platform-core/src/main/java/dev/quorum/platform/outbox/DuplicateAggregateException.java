package dev.quorum.platform.outbox;

import dev.quorum.platform.problem.ConflictException;

/** An insert hit a unique index: the aggregate (or a unique business key of it) already exists. */
public class DuplicateAggregateException extends ConflictException {
    public DuplicateAggregateException(String detail) {
        super(detail);
    }
}
