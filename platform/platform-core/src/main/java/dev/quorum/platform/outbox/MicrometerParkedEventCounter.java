package dev.quorum.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts parked events as {@code quorum.outbox.parked}, tagged by collection and event type. */
public class MicrometerParkedEventCounter implements ParkedEventCounter {
    public static final String METRIC = "quorum.outbox.parked";

    private final MeterRegistry registry;

    public MicrometerParkedEventCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void parked(String collection, String type) {
        Counter.builder(METRIC)
                .description("Events the outbox relay parked because they can never be published")
                .tag("collection", collection)
                .tag("type", type)
                .register(registry)
                .increment();
    }
}
