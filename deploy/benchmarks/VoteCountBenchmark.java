import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import com.sun.management.OperatingSystemMXBean;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * What the ballot's counting write (ADR 17) costs on the embedded MongoDB server (mongo-java-server
 * with the H2 backend, in this JVM) as the {@code votes} collection grows, in the two shapes ADR 48
 * weighed:
 *
 * <ul>
 *   <li>{@code $and: [{_id}, {status: OPEN}, {cast.s<i>: {$exists: false}}]}, as voting-service sends
 *       it (no index serves it: every vote document is read and decoded);
 *   <li>{@code {_id, counted: "s<i>:0"}} flat, served by the unique multikey {@code (_id, counted)}
 *       index, as commit 2853436 tried (every counting write re-indexes every seat's key).
 * </ul>
 *
 * Each vote has 400 seats, half of them already counted; each write counts one more seat ($set of
 * the seat's entry, $inc of a count and the version), as a ballot does. Reports wall and process CPU
 * milliseconds per write (server and client share this JVM; the client's part is the same for both
 * shapes). Usage: {@code java -cp <classpath> VoteCountBenchmark.java [votes...]} (default 10 50 200).
 */
public class VoteCountBenchmark {
    private static final int SEATS = 400;
    private static final int WRITES = 150;
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0
                ? new int[] {10, 50, 200}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path file = Files.createTempFile("vote-count", ".mv");
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        InetSocketAddress address = server.bind();
        try (MongoClient mongo = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            long warm = System.nanoTime();
            int rounds = Integer.getInteger("warmup", 8);
            for (int round = 0; round < rounds; round++) { // JIT warm-up, both shapes, not reported
                run(mongo, "warm" + round, 10, Boolean.getBoolean("verbose"));
            }
            System.out.printf("warm-up: %.0f s (%d rounds of %d writes per shape on 10 votes)%n",
                    (System.nanoTime() - warm) / 1e9, rounds, WRITES);
            System.out.printf("%-6s %-22s %-22s%n", "votes", "$and (as sent)", "flat + multikey (tried)");
            for (int size : sizes) {
                run(mongo, "v" + size, size, true);
            }
        } finally {
            server.shutdownNow();
            Files.deleteIfExists(file);
        }
    }

    private static void run(MongoClient mongo, String name, int votes, boolean report) {
        MongoCollection<Document> before = filled(mongo.getDatabase("bench").getCollection("a" + name), votes);
        double[] scan = perWrite(votes, (vote, seat) -> before.updateOne(
                Filters.and(
                        Filters.eq("_id", "vote-" + vote),
                        Filters.eq("status", "OPEN"),
                        Filters.exists("cast.s" + seat, false)),
                counting(seat)).getMatchedCount());
        MongoCollection<Document> after = filled(mongo.getDatabase("bench").getCollection("f" + name), votes);
        after.createIndex(Indexes.ascending("_id", "counted"), new IndexOptions().unique(true));
        double[] flat = perWrite(votes, (vote, seat) -> after.updateOne(
                        new Document("_id", "vote-" + vote).append("counted", "s" + seat + ":0"),
                        Updates.combine(counting(seat), Updates.set("counted." + seat, "s" + seat + ":1")))
                .getMatchedCount());
        if (report) {
            System.out.printf("%-6d %7.2f ms (cpu %5.2f) %7.2f ms (cpu %5.2f)%n", votes, scan[0], scan[1], flat[0],
                    flat[1]);
        }
    }

    private static Bson counting(int seat) {
        return Updates.combine(
                Updates.set("cast.s" + seat, new Document("choice", "YES").append("revision", 1)),
                Updates.inc("counts.yes", 1),
                Updates.inc("version", 1L));
    }

    /** Votes of 400 seats (ids, names, attendance), seats 0-199 counted, as the ballot path finds them. */
    private static MongoCollection<Document> filled(MongoCollection<Document> c, int votes) {
        for (int v = 0; v < votes; v++) {
            List<Document> seats = new ArrayList<>();
            Document cast = new Document();
            List<String> counted = new ArrayList<>();
            for (int s = 0; s < SEATS; s++) {
                seats.add(new Document("seatId", "seat-" + v + "-" + s)
                        .append("name", "Country " + s)
                        .append("kind", "MEMBER")
                        .append("attendance", "PRESENT"));
                boolean done = s < SEATS / 2;
                if (done) {
                    cast.append("s" + s, new Document("choice", "NO").append("revision", 1));
                }
                counted.add("s" + s + ":" + (done ? 1 : 0));
            }
            c.insertOne(new Document("_id", "vote-" + v)
                    .append("status", "OPEN")
                    .append("seats", seats)
                    .append("counts", new Document("yes", 0).append("no", SEATS / 2))
                    .append("cast", cast)
                    .append("counted", counted)
                    .append("version", 1L));
        }
        return c;
    }

    interface Write {
        long apply(int vote, int seat);
    }

    /** Mean wall and process-CPU milliseconds per counting write, each on a seat not counted yet. */
    private static double[] perWrite(int votes, Write write) {
        long matched = 0;
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        for (int w = 0; w < WRITES; w++) {
            matched += write.apply(w % votes, SEATS / 2 + w / votes);
        }
        double millis = (System.nanoTime() - start) / 1e6 / WRITES;
        double cpuMillis = (OS.getProcessCpuTime() - cpu) / 1e6 / WRITES;
        if (matched != WRITES) {
            throw new IllegalStateException("a write matched nothing: " + matched + " of " + WRITES);
        }
        return new double[] {millis, cpuMillis};
    }
}
