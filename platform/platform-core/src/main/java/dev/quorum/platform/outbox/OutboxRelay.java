package dev.quorum.platform.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes the events waiting in aggregate documents, in order per aggregate, and removes them
 * only after the broker acknowledged them. Delivery is at least once: a crash between the
 * acknowledgement and the removal publishes an event again; nothing is ever removed unsent.
 *
 * <p>Each pass claims documents with a lease so that several instances of a service never
 * publish one aggregate's events concurrently (which could reorder them). While the broker or the
 * store is unavailable the relay backs off exponentially and keeps trying.
 */
public class OutboxRelay implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoDatabase database;
    private final List<OutboxCollection> collections;
    private final CloudEventPublisher publisher;
    private final OutboxProperties properties;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(
            MongoDatabase database,
            List<OutboxCollection> collections,
            CloudEventPublisher publisher,
            OutboxProperties properties,
            Clock clock) {
        this.database = database;
        this.collections = List.copyOf(collections);
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    /** Asks the relay to look for pending events now rather than at its next poll. */
    public void wakeUp() {
        wakeUps.release();
    }

    @Override
    public synchronized void start() {
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(properties.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (which stops first) so that accepted requests still get relayed. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }

    private void loop() {
        Duration backoff = properties.minBackoff();
        while (running) {
            try {
                int published = publishPending();
                backoff = properties.minBackoff();
                if (published == 0) {
                    wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay pass failed, retrying in {} ms: {}", backoff.toMillis(), e.toString());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(properties.maxBackoff()) > 0
                        ? properties.maxBackoff()
                        : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * One pass over every outbox collection.
     *
     * @return how many events the broker acknowledged
     * @throws RuntimeException when any send failed (the caller backs off)
     */
    public int publishPending() throws InterruptedException {
        int published = 0;
        for (OutboxCollection outbox : collections) {
            published += publishPending(database.getCollection(outbox.name()));
        }
        return published;
    }

    private int publishPending(MongoCollection<Document> collection) throws InterruptedException {
        List<Claimed> claimed = claim(collection);
        if (claimed.isEmpty()) {
            return 0;
        }
        RuntimeException failure = null;
        int published = 0;
        for (Claimed doc : claimed) {
            List<String> acknowledged = awaitAcknowledged(doc);
            release(collection, doc.id(), acknowledged);
            published += acknowledged.size();
            if (acknowledged.size() < doc.sends().size() && failure == null) {
                failure = new IllegalStateException(
                        "broker did not acknowledge " + (doc.sends().size() - acknowledged.size()) + " event(s)");
            }
        }
        if (failure != null) {
            throw failure;
        }
        return published;
    }

    private List<Claimed> claim(MongoCollection<Document> collection) {
        Instant now = clock.instant();
        Bson pendingAndFree = Filters.and(
                Filters.exists(OutboxFields.OUTBOX + ".0"),
                Filters.or(
                        Filters.exists(OutboxFields.LEASE, false),
                        Filters.lt(OutboxFields.LEASE + ".until", Date.from(now))));
        List<Object> candidates = new ArrayList<>();
        collection
                .find(pendingAndFree)
                .projection(Projections.include("_id"))
                .limit(properties.batchSize())
                .forEach(d -> candidates.add(d.get("_id")));
        List<Claimed> claimed = new ArrayList<>();
        for (Object id : candidates) {
            Document doc = collection.findOneAndUpdate(
                    Filters.and(Filters.eq("_id", id), pendingAndFree),
                    Updates.set(
                            OutboxFields.LEASE,
                            new Document("owner", owner).append("until", Date.from(now.plus(properties.lease())))),
                    new FindOneAndUpdateOptions()
                            .projection(Projections.include(OutboxFields.OUTBOX))
                            .returnDocument(ReturnDocument.AFTER));
            if (doc != null) {
                List<PendingEvent> events = doc.getList(OutboxFields.OUTBOX, Document.class).stream()
                        .map(PendingEvent::fromDocument)
                        .toList();
                claimed.add(
                        new Claimed(id, events, events.stream().map(this::send).toList()));
            }
        }
        return claimed;
    }

    private CompletableFuture<?> send(PendingEvent event) {
        try {
            return publisher.publish(event);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The ids of the longest prefix of the document's events that the broker acknowledged. */
    private List<String> awaitAcknowledged(Claimed doc) throws InterruptedException {
        List<String> acknowledged = new ArrayList<>();
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        for (int i = 0; i < doc.events().size(); i++) {
            try {
                doc.sends().get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(doc.events().get(i).eventId());
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                log.debug("Event {} not acknowledged: {}", doc.events().get(i).eventId(), e.toString());
                break;
            }
        }
        return acknowledged;
    }

    private void release(MongoCollection<Document> collection, Object id, List<String> acknowledged) {
        Bson release = Updates.unset(OutboxFields.LEASE);
        Bson update = acknowledged.isEmpty()
                ? release
                : Updates.combine(
                        Updates.pullByFilter(new Document(
                                OutboxFields.OUTBOX, new Document("eventId", new Document("$in", acknowledged)))),
                        release);
        collection.updateOne(Filters.eq("_id", id), update);
    }

    private record Claimed(Object id, List<PendingEvent> events, List<CompletableFuture<?>> sends) {}
}
