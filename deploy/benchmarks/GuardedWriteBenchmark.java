import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.IntFunction;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * What one guarded single-document write costs on the embedded MongoDB server (mongo-java-server
 * with the H2 backend, as the runtime runs it) as its collection grows, for the filter shapes of
 * the ballot path (ADR 41). That server uses an index only when a filter's top-level fields are
 * exactly an index's; for each size it measures, on the same collection in the same run:
 *
 * <ul>
 *   <li>{@code _id} alone (the least a keyed write costs);
 *   <li>{@code $and: [{_id}, {version}]}, as the outbox's version-guarded write sends it;
 *   <li>{@code {_id, version}} flat, served by a unique {@code (_id, version)} index;
 *   <li>{@code $and} of id, owner and state, as the Idempotency-Key store completed a claim, and
 *       the same flat with a unique index on the three.
 * </ul>
 *
 * Usage: {@code java -cp <classpath> GuardedWriteBenchmark.java [sizes...]} (default 500 2000
 * 4000); see deploy/benchmarks/README.md.
 */
public class GuardedWriteBenchmark {
    private static final int WRITES = 200;

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0
                ? new int[] {500, 2_000, 4_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path file = Files.createTempFile("guarded-write", ".mv");
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        InetSocketAddress address = server.bind();
        try (MongoClient mongo = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            run(mongo, "warmup", 300, false);
            System.out.printf("%-8s %12s %14s %14s %16s %16s%n", "docs", "_id only", "$and id+ver", "flat id+ver",
                    "$and id+own+st", "flat id+own+st");
            for (int size : sizes) {
                run(mongo, "c" + size, size, true);
            }
        } finally {
            server.shutdownNow();
            Files.deleteIfExists(file);
        }
    }

    private static void run(MongoClient mongo, String name, int size, boolean report) {
        MongoCollection<Document> ballots = filled(mongo.getDatabase("bench").getCollection("b" + name), size);
        // the other indexes of the ballots collection, which every write also maintains
        ballots.createIndex(Indexes.ascending("voteId", "seatId"), new IndexOptions().unique(true));
        ballots.createIndex(Indexes.ascending("uncounted"), new IndexOptions().unique(true).sparse(true));
        ballots.createIndex(Indexes.ascending("outboxPending"), new IndexOptions().unique(true).sparse(true));
        double idOnly = perWrite(ballots, size, i -> Filters.eq("_id", "v:" + i));
        double andVersion =
                perWrite(ballots, size, i -> Filters.and(Filters.eq("_id", "v:" + i), Filters.eq("version", 1L)));
        ballots.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
        double flatVersion = perWrite(ballots, size, i -> new Document("_id", "v:" + i).append("version", 1L));

        MongoCollection<Document> keys = filled(mongo.getDatabase("bench").getCollection("k" + name), size);
        double andClaim = perWrite(keys, size, i -> Filters.and(
                Filters.eq("_id", "v:" + i), Filters.eq("owner", "o" + i), Filters.eq("state", "IN_PROGRESS")));
        keys.createIndex(Indexes.ascending("_id", "owner", "state"), new IndexOptions().unique(true));
        double flatClaim = perWrite(keys, size, i ->
                new Document("_id", "v:" + i).append("owner", "o" + i).append("state", "IN_PROGRESS"));
        if (report) {
            System.out.printf("%-8d %9.3f ms %11.3f ms %11.3f ms %13.3f ms %13.3f ms%n", size, idOnly, andVersion,
                    flatVersion, andClaim, flatClaim);
        }
    }

    /** About 1 KB per document, as a ballot with its outbox entry or a stored answer. */
    private static MongoCollection<Document> filled(MongoCollection<Document> c, int size) {
        String pad = "x".repeat(400);
        for (int i = 0; i < size; i++) {
            c.insertOne(new Document("_id", "v:" + i)
                    .append("voteId", "v")
                    .append("seatId", "s" + i)
                    .append("version", 1L)
                    .append("owner", "o" + i)
                    .append("state", "IN_PROGRESS")
                    .append("current", new Document("choice", "YES").append("revision", 1))
                    .append("pad", pad));
        }
        return c;
    }

    /** Mean milliseconds per matching update (each changes a field outside every index). */
    private static double perWrite(MongoCollection<Document> c, int size, IntFunction<Bson> filter) {
        long matched = 0;
        long start = System.nanoTime();
        for (int w = 0; w < WRITES; w++) {
            int i = (int) ((w * 7919L) % size);
            matched += c.updateOne(filter.apply(i), Updates.inc("touched", 1)).getMatchedCount();
        }
        double millis = (System.nanoTime() - start) / 1e6 / WRITES;
        if (matched != WRITES) {
            throw new IllegalStateException("a write matched nothing: " + matched + " of " + WRITES);
        }
        return millis;
    }
}
