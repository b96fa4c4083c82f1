import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.quorum.platform.outbox.CloudEventPublisher;
import dev.quorum.platform.outbox.OutboxCollection;
import dev.quorum.platform.outbox.OutboxFields;
import dev.quorum.platform.outbox.OutboxProperties;
import dev.quorum.platform.outbox.OutboxRelay;
import dev.quorum.platform.outbox.OutboxWriter;
import dev.quorum.platform.outbox.ParkedEventCounter;
import dev.quorum.platform.outbox.PendingEvent;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * What one relay poll costs as an outbox collection grows, against the embedded MongoDB server
 * (mongo-java-server, in memory, over TCP with the real driver). For each size it measures, in
 * the same run on the same collection:
 *
 * <ul>
 *   <li>baseline: the read the relay did before the pending mark (pending and unleased documents,
 *       a full scan: {@code outbox.0} exists and the lease is free);
 *   <li>idle pass: {@code OutboxRelay.publishPending()} with nothing pending;
 *   <li>busy pass: the same with 10 documents holding one event each (claim, send to a broker
 *       stand-in that acknowledges at once, release).
 * </ul>
 *
 * Usage: {@code java -cp <classpath> OutboxPollBenchmark.java [sizes...]} (default 1000 10000
 * 50000); see deploy/benchmarks/README.md.
 */
public class OutboxPollBenchmark {
    private static final int ROUNDS = 200;
    private static final int BUSY_ROUNDS = 30;
    private static final int BUSY_DOCUMENTS = 10;

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0
                ? new int[] {1_000, 10_000, 50_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        try (MongoClient mongo = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            // A first, unreported round at the smallest size, so that the JIT has compiled the
            // driver, the server and the relay before anything is reported.
            measure(mongo.getDatabase("bench_warmup"), sizes[0], false);
            mongo.getDatabase("bench_warmup").drop();
            System.out.printf("%-9s %18s %18s %8s %22s%n", "documents", "baseline scan ms", "idle pass ms", "ratio", "busy pass (10) ms");
            for (int size : sizes) {
                MongoDatabase database = mongo.getDatabase("bench_" + size);
                measure(database, size, true);
                database.drop();
            }
        } finally {
            server.shutdownNow();
        }
    }

    private static void measure(MongoDatabase database, int size, boolean report) throws Exception {
        MongoCollection<Document> aggregates = database.getCollection("aggregates");
        OutboxWriter writer = new OutboxWriter(() -> {});
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            batch.add(new Document("_id", "a-" + i)
                    .append("conferenceId", "c-" + (i % 50))
                    .append("name", "Aggregate " + i)
                    .append("status", "ACCEPTED")
                    .append(OutboxFields.VERSION, 1L)
                    .append(OutboxFields.OUTBOX, List.of()));
            if (batch.size() == 1_000) {
                aggregates.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            aggregates.insertMany(batch);
        }
        OutboxRelay relay = new OutboxRelay(
                database,
                List.of(new OutboxCollection("aggregates")),
                new AcknowledgingBroker(),
                new OutboxProperties(null, null, null, null, null, null, null),
                Clock.systemUTC(),
                ParkedEventCounter.NONE);
        relay.publishPending(); // creates the index and marks nothing: every document is empty

        double baseline = median(ROUNDS, () -> oldPoll(aggregates));
        double idle = median(ROUNDS, () -> publishPending(relay));
        double busy = median(BUSY_ROUNDS, () -> {
            for (int i = 0; i < BUSY_DOCUMENTS; i++) {
                String id = "a-" + (i * (size / BUSY_DOCUMENTS));
                long version = aggregates.find(Filters.eq("_id", id)).first().get(OutboxFields.VERSION, Number.class).longValue();
                writer.update(aggregates, id, version, new Document(), List.of(event(id)));
            }
            return 0;
        }, () -> publishPending(relay));
        if (report) {
            System.out.printf("%-9d %18.2f %18.2f %7.1fx %22.2f%n", size, baseline, idle, baseline / idle, busy);
        }
    }

    /** The relay's read before this change: pending and unleased documents, a full scan. */
    private static int oldPoll(MongoCollection<Document> aggregates) {
        Bson pendingAndFree = Filters.and(
                Filters.exists(OutboxFields.OUTBOX + ".0"),
                Filters.or(
                        Filters.exists(OutboxFields.LEASE, false),
                        Filters.lt(OutboxFields.LEASE + ".until", Date.from(Instant.now()))));
        List<Object> ids = new ArrayList<>();
        aggregates.find(pendingAndFree).projection(Projections.include("_id")).limit(100).forEach(d -> ids.add(d.get("_id")));
        return ids.size();
    }

    private static int publishPending(OutboxRelay relay) {
        try {
            return relay.publishPending();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double median(int rounds, IntSupplier measured) {
        return median(rounds, () -> 0, measured);
    }

    /** Median wall time of {@code measured} in ms, after {@code rounds / 5} warm-up rounds; {@code setUp} is not timed. */
    private static double median(int rounds, IntSupplier setUp, IntSupplier measured) {
        for (int i = 0; i < rounds / 5; i++) {
            setUp.getAsInt();
            measured.getAsInt();
        }
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            setUp.getAsInt();
            long start = System.nanoTime();
            measured.getAsInt();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[rounds / 2] / 1e6;
    }

    private static PendingEvent event(String id) {
        return new PendingEvent(
                UUID.randomUUID().toString(), "bench.events", id, "quorum.bench.Happened.v1", id, Instant.now(), "{}", null);
    }

    /** Stands in for the broker: every send is acknowledged at once, so only the store's cost is measured. */
    private static final class AcknowledgingBroker extends CloudEventPublisher {
        AcknowledgingBroker() {
            super(null, null);
        }

        @Override
        public CompletableFuture<?> publish(PendingEvent event) {
            return CompletableFuture.completedFuture(null);
        }
    }
}
