package dev.quorum.platform.outbox;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A publisher that records which relay sent which event into a shared log, and can hold its first
 * matching send on a latch the way a stalled broker holds {@code KafkaTemplate.send}.
 */
class RecordingPublisher extends CloudEventPublisher {
    /** One send: which relay published which event. */
    record Sent(String relay, String eventId) {}

    private final CloudEventPublisher delegate;
    private final String relay;
    private final Queue<Sent> log;
    private final Predicate<PendingEvent> stalls;
    final CountDownLatch stalled = new CountDownLatch(1);
    final CountDownLatch brokerBack = new CountDownLatch(1);

    RecordingPublisher(CloudEventPublisher delegate, String relay, Queue<Sent> log, Predicate<PendingEvent> stalls) {
        super(null, null);
        this.delegate = delegate;
        this.relay = relay;
        this.log = log;
        this.stalls = stalls;
    }

    @Override
    public CompletableFuture<?> publish(PendingEvent event) {
        if (stalled.getCount() > 0 && stalls.test(event)) {
            stalled.countDown();
            try {
                if (!brokerBack.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the stalled send");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CompletableFuture.failedFuture(e);
            }
        }
        log.add(new Sent(relay, event.eventId()));
        return delegate.publish(event);
    }
}
