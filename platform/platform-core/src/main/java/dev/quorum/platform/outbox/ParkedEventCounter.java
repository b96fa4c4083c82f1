package dev.quorum.platform.outbox;

/**
 * Counts events the relay parked because they can never be published (the {@code
 * quorum.outbox.parked} metric when Micrometer is present).
 */
@FunctionalInterface
public interface ParkedEventCounter {
    ParkedEventCounter NONE = (collection, type) -> {};

    void parked(String collection, String type);
}
