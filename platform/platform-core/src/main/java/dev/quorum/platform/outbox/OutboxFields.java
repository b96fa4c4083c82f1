package dev.quorum.platform.outbox;

import java.util.Set;

/** Field names the outbox reserves in every aggregate document. */
public final class OutboxFields {
    /** Incremented by every write; the optimistic-concurrency check. */
    public static final String VERSION = "version";
    /** The pending events, oldest first. */
    public static final String OUTBOX = "outbox";
    /** Which relay instance publishes this document's events, and until when. */
    public static final String LEASE = "outboxLease";
    /**
     * Present while the document may have events to publish: set by every write that appends
     * events, replaced by the relay's claim (it is then the lease's owner token) and removed once
     * the relay emptied the outbox. A sparse unique index on it is what the relay's poll reads
     * (see {@link OutboxStore}).
     */
    public static final String PENDING = "outboxPending";
    /** Events the relay could never publish, kept with the reason (see {@link OutboxRelay}). */
    public static final String PARKED = "outboxParked";

    static final Set<String> RESERVED = Set.of("_id", VERSION, OUTBOX, LEASE, PENDING, PARKED);

    private OutboxFields() {}
}
