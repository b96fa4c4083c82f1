package dev.quorum.platform.idempotency;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Deletes idempotency keys past their retention every {@code interval}, so that they expire on the
 * embedded MongoDB server (which keeps TTL indexes but never applies them) as they do on MongoDB.
 */
final class IdempotencyPurge implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

    private final IdempotencyStore store;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    IdempotencyPurge(IdempotencyStore store, Duration interval) {
        this.store = store;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "idempotency-purge");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::purge, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        scheduler.shutdownNow();
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    private void purge() {
        try {
            long deleted = store.purgeExpired();
            log.debug("Deleted {} expired idempotency keys", deleted);
        } catch (RuntimeException e) {
            // One failed purge (the database briefly away) must not stop the next ones.
            log.warn("Could not delete expired idempotency keys; trying again in {}", interval, e);
        }
    }
}
