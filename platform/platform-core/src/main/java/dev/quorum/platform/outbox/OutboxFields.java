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

    static final Set<String> RESERVED = Set.of("_id", VERSION, OUTBOX, LEASE);

    private OutboxFields() {}
}
