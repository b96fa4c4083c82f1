package dev.quorum.registration.school.application;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link RegistrationReconciler} once at start and then every {@code interval}, on the
 * instance that holds the {@link ReconcilerLease} (held for two intervals, renewed on each pass).
 */
@Component
class ReconcilerSchedule implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ReconcilerSchedule.class);

    private final RegistrationReconciler reconciler;
    private final ReconcilerLease lease;
    private final Duration interval;
    private final String owner = UUID.randomUUID().toString();
    private ScheduledExecutorService executor;

    ReconcilerSchedule(
            RegistrationReconciler reconciler,
            ReconcilerLease lease,
            @Value("${quorum.registration.reconciler.interval}") Duration interval) {
        this.reconciler = reconciler;
        this.lease = lease;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "registration-reconciler");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::pass, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pass() {
        try {
            if (lease.claim(owner, interval.multipliedBy(2))) {
                reconciler.reconcileAll();
            }
        } catch (RuntimeException e) {
            // The store may be down; the next pass tries again.
            log.warn("Reconciliation pass failed", e);
        }
    }

    @Override
    public synchronized void stop() {
        executor.shutdownNow();
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
