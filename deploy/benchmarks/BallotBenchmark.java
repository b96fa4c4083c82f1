import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

/**
 * The ballot path under load, and the least work a ballot needs, in one run (issue 10 "Performance").
 *
 * <p>Quorum: one 400-seat committee and 30 smaller ones vote at once through the gateway. Each vote is
 * opened the way committee-service opens it, by publishing VoteRequested.v1 on committee.events; every
 * vote's SSE stream (GET /api/votes/{id}/stream) is open before the first ballot; the Secretariat records
 * every seat's placard (POST /api/votes/{id}/ballots {seatId, choice}) from {@code --threads} client
 * threads, the ballots of all committees shuffled together. Reported: ballots/s accepted, ballot latency
 * p50/p99, and per vote the delay from its last ballot's answer to the "closed" event on its stream. Then
 * every vote is read back (GET /api/votes/{id}): CLOSED, and its counts equal the ballots accepted.
 *
 * <p>Baseline: the same number of ballots from the same number of threads doing only what a ballot must:
 * one insert into MongoDB guarded by a unique index on (vote, seat), and one Kafka send with acks=all,
 * against the same Mongo server and broker.
 *
 * <p>Usage: {@code java -cp <classpath> BallotBenchmark.java --gateway URL --kafka HOST:PORT --mongo URI
 * [--threads 16] [--big 400] [--small 30] [--small-seats 20] [--rounds 2] [--phases quorum,baseline | baseline]};
 * the Secretariat's credentials
 * come from QUORUM_ADMIN_USERNAME / QUORUM_ADMIN_PASSWORD. The first round warms up and is not reported.
 * See deploy/benchmarks/README.md and docs/performance.md.
 */
public class BallotBenchmark {
    static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    static final Pattern COUNTS = Pattern.compile(
            "\"counts\"\\s*:\\s*\\{\\s*\"yes\"\\s*:\\s*(\\d+)\\s*,\\s*\"no\"\\s*:\\s*(\\d+)\\s*,\\s*\"abstain\"\\s*:\\s*(\\d+)");
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    static final List<String> CHOICES = List.of("YES", "NO", "ABSTAIN");

    final Map<String, String> options;
    final URI gateway;
    final int threads;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final KafkaProducer<String, byte[]> producer;
    String token;
    /** Votes of the last round whose closed event arrived before their last ballot's answer. */
    final AtomicInteger closedFirst = new AtomicInteger();

    BallotBenchmark(Map<String, String> options) {
        this.options = options;
        this.gateway = URI.create(required("gateway"));
        this.threads = number("threads", 16);
        Properties kafka = new Properties();
        kafka.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, required("kafka"));
        kafka.put(ProducerConfig.ACKS_CONFIG, "all");
        kafka.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        kafka.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        kafka.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.producer = new KafkaProducer<>(kafka);
    }

    public static void main(String[] args) throws Exception {
        // The Kafka and Mongo clients log every connection at INFO; the report is what matters here.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        BallotBenchmark benchmark = new BallotBenchmark(options);
        boolean ok;
        try {
            ok = benchmark.run();
        } finally {
            benchmark.producer.close(Duration.ofSeconds(5));
        }
        System.exit(ok ? 0 : 1);
    }

    /** One vote of the run: its seats, the ballots accepted, when the last one was answered and closed. */
    static final class VoteRun {
        final String voteId = UUID.randomUUID().toString();
        final String committeeId = UUID.randomUUID().toString();
        final List<String> seats = new ArrayList<>();
        final AtomicInteger pending;
        final int[] accepted = new int[3];
        volatile long lastAnswerNanos;
        volatile long closedNanos;

        VoteRun(int seatCount) {
            for (int i = 0; i < seatCount; i++) {
                seats.add(UUID.randomUUID().toString());
            }
            pending = new AtomicInteger(seatCount);
        }
    }

    record Ballot(VoteRun vote, String seatId, int choice) {}

    record Result(long ballots, long accepted, double seconds, Histogram latency, Histogram toClosed, List<String> problems) {}

    boolean run() throws Exception {
        int rounds = number("rounds", 2);
        if (options.getOrDefault("phases", "quorum,baseline").equals("baseline")) {
            return baselineOnly(rounds, number("big", 400) + number("small", 30) * number("small-seats", 20));
        }
        token = signIn();
        Result quorum = null;
        for (int round = 1; round <= rounds; round++) {
            quorum = quorumRound();
            System.out.printf("quorum round %d/%d%s: %s%n", round, rounds, round == 1 && rounds > 1 ? " (warm-up)" : "",
                    summary(quorum));
        }
        Result baseline = null;
        for (int round = 1; round <= rounds; round++) {
            baseline = baselineRound(quorum.ballots());
            System.out.printf("baseline round %d/%d%s: %s%n", round, rounds, round == 1 && rounds > 1 ? " (warm-up)" : "",
                    summary(baseline));
        }
        System.out.println();
        System.out.printf("Quorum through the gateway: %,.0f ballots/s accepted, latency p50 %.1f ms, p99 %.1f ms%n",
                quorum.accepted() / quorum.seconds(), ms(quorum.latency(), 50), ms(quorum.latency(), 99));
        System.out.printf("last ballot answered -> VoteClosed on the stream (%d votes): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                quorum.toClosed().getTotalCount(), ms(quorum.toClosed(), 50), ms(quorum.toClosed(), 99),
                quorum.toClosed().getMaxValue() / 1e6);
        System.out.printf("  (%d of them had the closed event before the last ballot's answer: counted as 0 ms)%n",
                closedFirst.get());
        System.out.printf("baseline (Mongo insert + Kafka acks=all): %,.0f ballots/s, latency p50 %.1f ms, p99 %.1f ms%n",
                baseline.accepted() / baseline.seconds(), ms(baseline.latency(), 50), ms(baseline.latency(), 99));
        System.out.printf("ratio Quorum / baseline: %.2fx (goal >= 0.5x, p99 < 100 ms, to-closed p99 < 250 ms)%n",
                (quorum.accepted() / quorum.seconds()) / (baseline.accepted() / baseline.seconds()));
        quorum.problems().stream().limit(20).forEach(p -> System.out.println("problem: " + p));
        return quorum.problems().isEmpty() && baseline.problems().isEmpty();
    }

    /** The baseline alone (--phases baseline), e.g. while the voting service cannot take ballots yet. */
    boolean baselineOnly(int rounds, int ballots) throws Exception {
        Result baseline = null;
        for (int round = 1; round <= rounds; round++) {
            baseline = baselineRound(ballots);
            System.out.printf("baseline round %d/%d%s: %s%n", round, rounds, round == 1 && rounds > 1 ? " (warm-up)" : "",
                    summary(baseline));
        }
        return baseline.problems().isEmpty();
    }

    Result quorumRound() throws Exception {
        List<VoteRun> votes = new ArrayList<>();
        votes.add(new VoteRun(number("big", 400)));
        for (int i = 0; i < number("small", 30); i++) {
            votes.add(new VoteRun(number("small-seats", 20)));
        }
        for (VoteRun vote : votes) {
            producer.send(voteRequested(vote)).get();
        }
        for (VoteRun vote : votes) {
            awaitOpen(vote);
        }
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        ExecutorService streams = Executors.newFixedThreadPool(votes.size());
        CountDownLatch closed = new CountDownLatch(votes.size());
        CountDownLatch subscribed = new CountDownLatch(votes.size());
        for (VoteRun vote : votes) {
            streams.submit(() -> watch(vote, subscribed, closed, problems));
        }
        subscribed.await(30, TimeUnit.SECONDS);

        Random random = new Random(42);
        List<Ballot> ballots = new ArrayList<>();
        for (VoteRun vote : votes) {
            vote.seats.forEach(seat -> ballots.add(new Ballot(vote, seat, random.nextInt(CHOICES.size()))));
        }
        Collections.shuffle(ballots, random);
        Histogram latency = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        AtomicLong accepted = new AtomicLong();
        double seconds = drive(ballots.size(), i -> {
            Ballot ballot = ballots.get(i);
            long sent = System.nanoTime();
            HttpResponse<String> answer = post("/api/votes/" + ballot.vote().voteId + "/ballots",
                    "{\"seatId\":\"" + ballot.seatId() + "\",\"choice\":\"" + CHOICES.get(ballot.choice()) + "\"}");
            long answered = System.nanoTime();
            synchronized (latency) {
                latency.recordValue(answered - sent);
            }
            if (answer.statusCode() == 200) {
                accepted.incrementAndGet();
                synchronized (ballot.vote().accepted) {
                    ballot.vote().accepted[ballot.choice()]++;
                }
            } else {
                problems.add("ballot " + answer.statusCode() + ": " + excerpt(answer.body()));
            }
            if (ballot.vote().pending.decrementAndGet() == 0) {
                ballot.vote().lastAnswerNanos = answered;
            }
        });
        if (!closed.await(30, TimeUnit.SECONDS)) {
            problems.add(closed.getCount() + " votes sent no closed event within 30 s of the last ballot");
        }
        streams.shutdownNow();
        Histogram toClosed = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        closedFirst.set(0);
        for (VoteRun vote : votes) {
            if (vote.closedNanos != 0) {
                // The vote closes inside its last ballot's request, so the stream often has the closed
                // event before the client has the answer: such a delay counts as 0 and is counted apart.
                long delay = vote.closedNanos - vote.lastAnswerNanos;
                if (delay <= 0) {
                    closedFirst.incrementAndGet();
                }
                toClosed.recordValue(Math.max(0, delay));
            }
            check(vote, problems);
        }
        return new Result(ballots.size(), accepted.get(), seconds, latency, toClosed, problems);
    }

    Result baselineRound(long count) throws Exception {
        String topic = "ballot-benchmark.baseline";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, required("kafka")))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Histogram latency = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        AtomicLong accepted = new AtomicLong();
        try (MongoClient mongo = MongoClients.create(required("mongo"))) {
            MongoCollection<Document> ballots = mongo.getDatabase("ballot_benchmark").getCollection("ballots");
            ballots.drop();
            ballots.createIndex(Indexes.ascending("voteId", "seatId"), new IndexOptions().unique(true));
            String voteId = UUID.randomUUID().toString();
            double seconds = drive((int) count, i -> {
                String seatId = "seat-" + i;
                long sent = System.nanoTime();
                try {
                    ballots.insertOne(new Document("voteId", voteId).append("seatId", seatId).append("choice", "YES")
                            .append("castAt", java.util.Date.from(Instant.now())));
                    producer.send(new ProducerRecord<>(topic, voteId,
                            ("{\"voteId\":\"" + voteId + "\",\"seatId\":\"" + seatId + "\"}").getBytes(StandardCharsets.UTF_8)))
                            .get();
                    accepted.incrementAndGet();
                } catch (MongoWriteException e) {
                    problems.add(e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY ? "duplicate" : e.getMessage());
                }
                synchronized (latency) {
                    latency.recordValue(System.nanoTime() - sent);
                }
            });
            mongo.getDatabase("ballot_benchmark").drop();
            return new Result(count, accepted.get(), seconds, latency, new Histogram(1), problems);
        }
    }

    interface Task {
        void run(int index) throws Exception;
    }

    /** Runs tasks 0..count-1 on the client threads; returns the wall time in seconds. */
    double drive(int count, Task task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                start.await();
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    task.run(i);
                }
                return null;
            }));
        }
        long begin = System.nanoTime();
        start.countDown();
        for (var worker : workers) {
            worker.get();
        }
        long end = System.nanoTime();
        pool.shutdown();
        return (end - begin) / 1e9;
    }

    ProducerRecord<String, byte[]> voteRequested(VoteRun vote) {
        StringBuilder seats = new StringBuilder();
        for (int i = 0; i < vote.seats.size(); i++) {
            seats.append(i == 0 ? "" : ",").append("{\"seatId\":\"").append(vote.seats.get(i))
                    .append("\",\"name\":\"Seat ").append(i + 1)
                    .append("\",\"kind\":\"MEMBER\",\"attendance\":\"PRESENT\"}");
        }
        String json = "{\"voteId\":\"" + vote.voteId + "\",\"committeeId\":\"" + vote.committeeId
                + "\",\"conferenceId\":\"" + UUID.randomUUID() + "\",\"sessionId\":\"" + UUID.randomUUID()
                + "\",\"version\":1,\"subject\":{\"type\":\"DRAFT_RESOLUTION\",\"id\":\"" + UUID.randomUUID()
                + "\",\"title\":\"Benchmark draft resolution\"},\"kind\":\"SUBSTANTIVE\",\"method\":\"PLACARD\","
                + "\"secret\":false,\"rule\":{\"majority\":\"SIMPLE\",\"basis\":\"PRESENT_AND_VOTING\","
                + "\"abstentionsAllowed\":true,\"vetoApplies\":false,\"changeAllowed\":false},\"seats\":[" + seats
                + "],\"requestedAt\":\"" + Instant.now() + "\"}";
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>("committee.events", vote.committeeId, json.getBytes(StandardCharsets.UTF_8));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", "quorum.committee.VoteRequested.v1");
        header(record, "ce_source", "/quorum/ballot-benchmark");
        header(record, "ce_subject", vote.committeeId);
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        return record;
    }

    static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    void awaitOpen(VoteRun vote) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = get("/api/votes/" + vote.voteId);
            if (answer.statusCode() == 200) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("vote " + vote.voteId + " was not opened within 60 s of VoteRequested");
    }

    /** Reads the vote's SSE stream until its "closed" event; notes when that event arrived. */
    void watch(VoteRun vote, CountDownLatch subscribed, CountDownLatch closed, List<String> problems) {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/votes/" + vote.voteId + "/stream"))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            subscribed.countDown();
            if (response.statusCode() != 200) {
                problems.add("stream of " + vote.voteId + " answered " + response.statusCode());
                return;
            }
            try (Stream<String> lines = response.body()) {
                lines.filter(line -> line.startsWith("event:") && line.substring(6).trim().equals("closed"))
                        .findFirst()
                        .ifPresent(line -> {
                            vote.closedNanos = System.nanoTime();
                            closed.countDown();
                        });
            }
        } catch (IOException | InterruptedException e) {
            subscribed.countDown();
            if (vote.closedNanos == 0 && !Thread.currentThread().isInterrupted()) {
                problems.add("stream of " + vote.voteId + ": " + e);
            }
        }
    }

    /** The vote as the API shows it: closed, and counting exactly the ballots that got a 200. */
    void check(VoteRun vote, List<String> problems) throws Exception {
        String body = get("/api/votes/" + vote.voteId).body();
        String status = first(STATUS, body).orElse("?");
        Matcher counts = COUNTS.matcher(body);
        if (!"CLOSED".equals(status)) {
            problems.add("vote " + vote.voteId + " is " + status + " after every seat voted");
        }
        if (!counts.find()) {
            problems.add("vote " + vote.voteId + " shows no counts: " + excerpt(body));
            return;
        }
        for (int c = 0; c < 3; c++) {
            if (Integer.parseInt(counts.group(c + 1)) != vote.accepted[c]) {
                problems.add("vote " + vote.voteId + " counts " + CHOICES.get(c) + " " + counts.group(c + 1)
                        + ", ballots accepted " + vote.accepted[c]);
            }
        }
    }

    String signIn() throws Exception {
        String body = "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(
                System.getenv("QUORUM_ADMIN_USERNAME"), System.getenv("QUORUM_ADMIN_PASSWORD"));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(gateway.resolve("/api/auth/token"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return first(ACCESS_TOKEN, answer.body())
                .orElseThrow(() -> new IllegalStateException("sign-in answered " + answer.statusCode()));
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(gateway.resolve(path)).timeout(REQUEST_TIMEOUT)
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(gateway.resolve(path)).timeout(REQUEST_TIMEOUT)
                        .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static Optional<String> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text == null ? "" : text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static String excerpt(String body) {
        return body == null ? "" : body.substring(0, Math.min(200, body.length()));
    }

    static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1e6;
    }

    static String summary(Result r) {
        return String.format("%d ballots, %d accepted in %.2f s (%,.0f/s), p50 %.1f ms, p99 %.1f ms, %d problems",
                r.ballots(), r.accepted(), r.seconds(), r.accepted() / r.seconds(), ms(r.latency(), 50),
                ms(r.latency(), 99), r.problems().size());
    }

    String required(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    int number(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
    }
}
