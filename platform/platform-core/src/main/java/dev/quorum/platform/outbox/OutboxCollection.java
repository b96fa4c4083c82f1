package dev.quorum.platform.outbox;

/**
 * Declares a MongoDB collection whose documents carry an outbox; declare one bean per aggregate
 * collection and the {@link OutboxRelay} publishes what waits there.
 */
public record OutboxCollection(String name) {}
