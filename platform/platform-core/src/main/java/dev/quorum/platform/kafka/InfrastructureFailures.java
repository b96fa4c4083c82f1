package dev.quorum.platform.kafka;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure of the infrastructure (the store or the broker unreachable, a primary stepping
 * down) from everything else. Such a failure says nothing about the record: it passes by itself,
 * so the record is retried until it does, never dead-lettered.
 */
final class InfrastructureFailures {
    // By name, not by class: the MongoDB driver is optional for the platform, and a service
    // without it must still load this class.
    private static final Set<String> TYPES = Set.of(
            "com.mongodb.MongoSocketException", // open, read, write, closed, and their timeouts
            "com.mongodb.MongoTimeoutException", // no server selected in time, pool wait, operation timeout
            "com.mongodb.MongoNotPrimaryException",
            "com.mongodb.MongoNodeIsRecoveringException",
            "com.mongodb.MongoConnectionPoolClearedException",
            "org.apache.kafka.common.errors.RetriableException");

    private InfrastructureFailures() {}

    /**
     * Whether {@code failure} or any of its causes is an infrastructure failure. Each throwable of
     * the chain is read once: a chain may loop (a cause that names itself, or a -> b -> a).
     */
    static boolean isInfrastructure(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
                if (TYPES.contains(type.getName())) {
                    return true;
                }
            }
        }
        return false;
    }
}
