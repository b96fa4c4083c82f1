package dev.quorum.platform.outbox;

import com.mongodb.MongoInterruptedException;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes the events waiting in aggregate documents, in order per aggregate, and removes them
 * only after the broker acknowledged them. Delivery is at least once: a crash between the
 * acknowledgement and the removal publishes an event again; nothing is ever removed unsent.
 *
 * <p>A document is claimed with a lease carrying this relay's owner token, renewed while its
 * events are sent ({@link LeaseRenewer}) and released only by its owner, so that several
 * instances never publish one aggregate's events concurrently. Collections are independent: one
 * that fails backs off on its own while the others go on. An event that can never be published is
 * parked in its document ({@link OutboxFields#PARKED}), logged and counted, instead of blocking
 * its aggregate for ever (ADR 1 says how an operator re-queues it).
 */
public class OutboxRelay implements SmartLifecycle {
    /**
     * Below the web server's phases (graceful drain at {@code DEFAULT_PHASE - 1024}, stop at
     * {@code DEFAULT_PHASE - 2048} in Spring Boot 4): lifecycles stop from the highest phase
     * down, so the relay stops only after the last accepted request has finished and still
     * publishes the events it wrote.
     */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Map<OutboxStore, Backoff> stores = new LinkedHashMap<>();
    private final ClaimPublisher publisher;
    private final OutboxProperties properties;
    private final Clock clock;
    private final ParkedEventCounter parkedEvents;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private LeaseRenewer renewer;

    private synchronized LeaseRenewer renewer() {
        if (renewer == null) {
            renewer = new LeaseRenewer(properties.lease(), clock);
        }
        return renewer;
    }

    public OutboxRelay(
            MongoDatabase database,
            List<OutboxCollection> collections,
            CloudEventPublisher publisher,
            OutboxProperties properties,
            Clock clock,
            ParkedEventCounter parkedEvents) {
        String owner = UUID.randomUUID().toString();
        collections.forEach(c -> stores.put(
                new OutboxStore(database.getCollection(c.name()), owner, properties.lease()),
                new Backoff(properties.minBackoff(), properties.maxBackoff())));
        this.publisher = new ClaimPublisher(publisher, properties.sendTimeout(), clock);
        this.properties = properties;
        this.clock = clock;
        this.parkedEvents = parkedEvents;
    }

    /** Asks the relay to look for pending events now rather than at its next poll. */
    public void wakeUp() {
        wakeUps.release();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Lets the current pass finish and makes one last pass, for the events of the requests the web
     * server drained just before; after {@code stopTimeout} the relay is interrupted (what it has
     * not removed yet is published after the next start).
     */
    @Override
    public synchronized void stop() {
        running = false;
        wakeUp();
        if (worker != null) {
            try {
                worker.join(properties.stopTimeout().toMillis());
                worker.interrupt();
                worker.join(properties.stopTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (renewer != null) {
            renewer.close();
            renewer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void loop() {
        try {
            while (running) {
                if (publishPending() == 0) {
                    wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            }
            publishPending();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One pass over every outbox collection that is not backing off after a failure. A failure
     * in one collection is logged and makes that collection back off; it never stops the others.
     *
     * @return how many events the broker acknowledged
     */
    public int publishPending() throws InterruptedException {
        int published = 0;
        for (Map.Entry<OutboxStore, Backoff> entry : stores.entrySet()) {
            OutboxStore store = entry.getKey();
            Backoff backoff = entry.getValue();
            if (!backoff.due(clock.instant())) {
                continue;
            }
            try {
                published += publishPending(store, backoff);
            } catch (MongoInterruptedException e) {
                throw new InterruptedException("stopped while talking to the store");
            } catch (RuntimeException e) {
                failed(store, backoff, e);
            }
        }
        return published;
    }

    private void failed(OutboxStore store, Backoff backoff, Exception e) {
        Duration wait = backoff.failed(clock.instant());
        log.warn(
                "Outbox relay pass over {} failed, retrying in {} ms: {}", store.name(), wait.toMillis(), e.toString());
    }

    /** @return how many events were acknowledged, also when some document failed */
    private int publishPending(OutboxStore store, Backoff backoff) throws InterruptedException {
        store.prepareOnce();
        int published = 0;
        RuntimeException failure = null;
        for (OutboxStore.Candidate candidate : store.claimable(clock.instant(), properties.batchSize())) {
            var claimed = store.claim(candidate, clock.instant());
            if (claimed.isEmpty()) {
                continue;
            }
            OutboxStore.Claim claim = claimed.get();
            Object id = claim.id();
            ClaimPublisher.Outcome outcome;
            try (LeaseRenewer.Hold hold = renewer().hold(store, claim)) {
                outcome = publisher.publish(claim, hold);
                if (!store.release(claim, outcome.acknowledged, outcome.parked)) {
                    log.warn("Outbox lease of {} in {} was taken over while its events were sent", id, store.name());
                }
            }
            published += outcome.acknowledged.size();
            outcome.parked.forEach(p -> {
                log.error(
                        "Parked event {} ({}) of {} in {}: it can never be published: {}",
                        p.getString("eventId"),
                        p.getString("type"),
                        id,
                        store.name(),
                        p.getString("reason"));
                parkedEvents.parked(store.name(), String.valueOf(p.getString("type")));
            });
            if (outcome.failure != null && failure == null) {
                failure = new IllegalStateException(
                        "events of " + id + " not acknowledged: " + outcome.failure, outcome.failure);
            }
        }
        if (failure == null) {
            backoff.succeeded();
        } else {
            failed(store, backoff, failure);
        }
        return published;
    }
}
