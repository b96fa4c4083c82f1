/*
 * Load generator of the registration-rush benchmark. JDK 17 only (no libraries, no build):
 *
 *   java RegistrationRush.java --gateway http://127.0.0.1:8080 [--schools 250] [--delegates 20]
 *        [--threads 128] [--deadline-seconds 840] [--watch gateway:PID,registration:PID,...]
 *        [--warmup-seconds 0]
 *
 * --watch names processes (the runtime's components) whose CPU time during the rush is reported,
 * from /proc/PID/stat (Linux; clock ticks of 100 Hz unless --clk-tck says otherwise).
 *
 * Credentials of the Secretariat come from the environment: QUORUM_ADMIN_USERNAME (default
 * "secretariat") and QUORUM_ADMIN_PASSWORD (required), so they never show up in `ps`.
 *
 * What it does, all through the gateway:
 *   1. setup (not timed): the Secretariat signs in, creates a conference with room for exactly
 *      schools x delegates delegates and opens registration;
 *   2. the rush (timed): every school, as its own task on a fixed pool of client threads, applies
 *      (POST /api/schools, public; the answer names the advisor's username and carries its first
 *      token, ADR 30, so there is no separate sign-in) and adds its delegates one by one
 *      (POST /api/schools/{id}/delegates) with that token. Each school sends
 *      X-Forwarded-For: 10.a.b.c, its own client address, as it would behind a real proxy; the
 *      gateway believes the header only from the trusted proxies that registration-rush.sh sets
 *      (loopback; by default it trusts nobody), so its rate limits apply per school exactly as they
 *      would in production. Nothing is disabled or raised;
 *   3. the check (not timed): the Secretariat lists the conference's schools (all must be
 *      ACCEPTED) and every school's delegates (each must have its full delegation).
 *
 * Every write carries an Idempotency-Key (a UUID). A request is tried at most 3 times, always with
 * the same key, after a connection error or request timeout, a 429 (after its Retry-After), a 502,
 * 503 or 504 from the gateway, or a 409 "request in progress" (the service is still running the
 * first try of that key). Retries are counted apart from the requests they repeat.
 *
 * Latencies are per HTTP exchange (each try on its own), exact percentiles over a sort of all
 * recorded values (nearest rank). Wall time runs from the first request of the rush to its last
 * answer.
 *
 * --warmup-seconds N (N > 0) makes this run a warm-up instead of the measured rush: the same rush
 * against a conference of its own, but no school starts after N seconds (those started finish)
 * and nothing is checked. It warms the services' JIT before a measured run, as hours of traffic
 * would before a real conference opens; registration-rush.sh runs it first when
 * RUSH_WARMUP_SECONDS is set. Its schools use client addresses of their own (10.1.x.x upward), so
 * the gateway's per-address windows of the measured rush start empty.
 *
 * Exit status: 0 all well; 1 a request failed for good or the check found something wrong;
 * 2 bad arguments or the setup failed; 3 the deadline ran out.
 */

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class RegistrationRush {
    static final int MAX_TRIES = 3;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Above the gateway's own response timeout (10 s), so that its 504 arrives first. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    static final long MAX_RETRY_AFTER_MS = 15_000;
    static final int WARMUP_ADDRESSES = 65_536; // clientAddress offset of warm-up schools: 10.1.0.1 upward
    static final String ADVISOR_PASSWORD_PREFIX = "rush-advisor-password-";

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    static final Pattern TOTAL_ITEMS = Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)");
    static final Pattern TITLE = Pattern.compile("\"title\"\\s*:\\s*\"([^\"]*)\"");
    static final Pattern DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"([^\"]*)\"");

    /** The three requests of the rush, plus the untimed ones around it. */
    enum Endpoint {
        APPLY("apply", "POST /api/schools"),
        ADD_DELEGATE("add delegate", "POST /api/schools/{id}/delegates"),
        SETUP("setup", "Secretariat: sign-in, conference, open"),
        CHECK("check", "Secretariat: list schools and delegates");

        final String label;
        final String route;

        Endpoint(String label, String route) {
            this.label = label;
            this.route = route;
        }
    }

    /** Everything recorded about one endpoint. */
    static final class Stats {
        private final List<Long> latenciesNanos = new ArrayList<>();
        private final List<Long> sentNanos = new ArrayList<>();
        final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>(); // per try: status code or exception
        final Map<String, LongAdder> retries = new ConcurrentHashMap<>(); // cause of each retry
        final Map<String, LongAdder> failures = new ConcurrentHashMap<>(); // final answer of requests that failed
        final LongAdder replayed = new LongAdder();
        final LongAdder succeeded = new LongAdder();

        synchronized void record(long sent, long nanos) {
            sentNanos.add(sent);
            latenciesNanos.add(nanos);
        }

        /** Sorted latencies (microseconds) of the tries sent in [from, to). */
        synchronized long[] sortedMicrosSentBetween(long from, long to) {
            List<Long> selected = new ArrayList<>();
            for (int i = 0; i < sentNanos.size(); i++) {
                if (sentNanos.get(i) >= from && sentNanos.get(i) < to) {
                    selected.add(latenciesNanos.get(i) / 1_000);
                }
            }
            return selected.stream().mapToLong(Long::longValue).sorted().toArray();
        }

        synchronized long[] sortedMicros() {
            long[] values = latenciesNanos.stream().mapToLong(n -> n / 1_000).toArray(); // microseconds
            Arrays.sort(values);
            return values;
        }

        static void count(Map<String, LongAdder> map, String key) {
            map.computeIfAbsent(key, k -> new LongAdder()).increment();
        }
    }

    record Answer(int status, String body, Map<String, List<String>> headers, String error) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        String describe() {
            return error != null ? error : String.valueOf(status);
        }

        Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        /** The status and, for a problem answer, its title and detail; else the start of the body. */
        String excerpt() {
            if (error != null) {
                return error;
            }
            String b = body == null ? "" : body.replaceAll("\\s+", " ");
            Optional<String> title = first(TITLE, b);
            if (title.isPresent()) {
                return status + " " + title.get() + first(DETAIL, b).map(d -> ": " + d).orElse("");
            }
            return status + " " + (b.length() > 200 ? b.substring(0, 200) + "..." : b);
        }

        /** The status and problem title only, to group failures by. */
        String kind() {
            return error != null ? error : status + first(TITLE, body == null ? "" : body).map(t -> " " + t).orElse("");
        }
    }

    static final class DeadlineExceeded extends RuntimeException {
        DeadlineExceeded() {
            super("deadline exceeded", null, false, false);
        }
    }

    final URI gateway;
    final int schools;
    final int delegatesPerSchool;
    final int threads;
    final long deadlineNanos;
    final String run = UUID.randomUUID().toString().substring(0, 8);
    final HttpClient http;
    final Map<Endpoint, Stats> stats = new LinkedHashMap<>();
    final AtomicLong lastAnswerNanos = new AtomicLong();
    final AtomicInteger schoolsDone = new AtomicInteger();
    final Map<String, LongAdder> applyStatuses = new ConcurrentHashMap<>(); // ACCEPTED / WAITLISTED per answer
    final List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    final Map<String, LongAdder> problemKinds = new ConcurrentHashMap<>(); // "step: status title" -> count
    volatile boolean deadlineHit;
    final Map<String, Long> watched = new LinkedHashMap<>();
    int clockTicks = 100;
    int warmupSeconds; // > 0: this run is a warm-up, see the class comment

    RegistrationRush(URI gateway, int schools, int delegatesPerSchool, int threads, long deadlineSeconds) {
        this.gateway = gateway;
        this.schools = schools;
        this.delegatesPerSchool = delegatesPerSchool;
        this.threads = threads;
        this.deadlineNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(deadlineSeconds);
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (Endpoint e : Endpoint.values()) {
            stats.put(e, new Stats());
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                usage("unexpected argument " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        for (String name : options.keySet()) {
            if (!List.of("gateway", "schools", "delegates", "threads", "deadline-seconds", "watch", "clk-tck",
                    "warmup-seconds").contains(name)) {
                usage("unknown option --" + name);
            }
        }
        if (!options.containsKey("gateway")) {
            usage("--gateway is required");
        }
        URI gateway = URI.create(options.get("gateway").replaceAll("/+$", ""));
        String host = gateway.getHost();
        if (host == null || !(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"))) {
            usage("the gateway must be on loopback (127.0.0.1, localhost or [::1]), not " + host);
        }
        int schools = intOption(options, "schools", 250, 1, 10_000);
        int delegates = intOption(options, "delegates", 20, 1, 500);
        int threads = intOption(options, "threads", 128, 1, 512);
        int deadline = intOption(options, "deadline-seconds", 840, 10, 86_400);
        String username = Optional.ofNullable(System.getenv("QUORUM_ADMIN_USERNAME"))
                .filter(s -> !s.isBlank())
                .orElse("secretariat");
        String password = System.getenv("QUORUM_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) {
            usage("set QUORUM_ADMIN_PASSWORD to the Secretariat's password");
        }
        RegistrationRush rush = new RegistrationRush(gateway, schools, delegates, threads, deadline);
        rush.clockTicks = intOption(options, "clk-tck", 100, 1, 100_000);
        rush.warmupSeconds = intOption(options, "warmup-seconds", 0, 0, 3_600);
        for (String watched : options.getOrDefault("watch", "").split(",")) {
            String[] nameAndPid = watched.trim().split(":");
            if (nameAndPid.length == 2 && nameAndPid[1].matches("\\d+")) {
                rush.watched.put(nameAndPid[0], Long.parseLong(nameAndPid[1]));
            } else if (!watched.isBlank()) {
                usage("--watch takes name:pid pairs separated by commas, not " + watched);
            }
        }
        System.exit(rush.run(username, password));
    }

    static void usage(String problem) {
        System.err.println("RegistrationRush: " + problem);
        System.err.println("usage: QUORUM_ADMIN_PASSWORD=... java RegistrationRush.java --gateway http://127.0.0.1:PORT"
                + " [--schools 250] [--delegates 20] [--threads 128] [--deadline-seconds 840] [--warmup-seconds 0]");
        System.exit(2);
    }

    static int intOption(Map<String, String> options, String name, int fallback, int min, int max) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                usage("--" + name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            usage("--" + name + " must be a number");
        }
        return fallback;
    }

    int run(String username, String password) throws Exception {
        int total = schools * delegatesPerSchool;
        boolean warmup = warmupSeconds > 0;
        if (warmup) {
            System.out.printf(Locale.ROOT, "WARM-UP (not measured): a rush against its own conference; no school"
                    + " starts after %d s%n", warmupSeconds);
        }
        System.out.printf(Locale.ROOT, "Registration rush: %d schools x %d delegates = %d delegates, %d client threads,"
                + " gateway %s, run %s%n", schools, delegatesPerSchool, total, threads, gateway, run);
        System.out.println("load average before the rush: " + loadAverage());

        // 1. Setup, not timed.
        String conferenceId;
        String secretariatToken;
        try {
            secretariatToken = signIn(Endpoint.SETUP, username, password, null)
                    .orElseThrow(() -> new IllegalStateException("the Secretariat could not sign in"));
            Answer created = send(Endpoint.SETUP, "POST", "/api/conferences",
                    """
                    {"name":"Registration %s %s","startDate":"2027-11-21","endDate":"2027-11-23",\
                    "timeZone":"Europe/Istanbul","venue":"Antalya","capacity":%d}"""
                            .formatted(warmup ? "warm-up" : "rush", run, total),
                    secretariatToken, null, true);
            if (created.status() != 201) {
                throw new IllegalStateException("creating the conference: " + created.excerpt());
            }
            conferenceId = first(ID, created.body()).orElseThrow();
            Answer opened = send(Endpoint.SETUP, "PATCH", "/api/conferences/" + conferenceId,
                    "{\"status\":\"REGISTRATION_OPEN\"}", secretariatToken, null, true);
            if (opened.status() != 200) {
                throw new IllegalStateException("opening registration: " + opened.excerpt());
            }
        } catch (RuntimeException e) {
            System.out.println("SETUP FAILED: " + e.getMessage());
            return 2;
        }
        System.out.println("conference " + conferenceId + " open for registration, capacity " + total);

        // 2. The rush.
        String[] schoolIds = new String[schools];
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "rush");
            t.setDaemon(true);
            return t;
        });
        long cpuBefore = processCpuNanos();
        Map<String, Long> watchedBefore = watchedTicks();
        long start = System.nanoTime();
        long lastSchoolStart = start + TimeUnit.SECONDS.toNanos(warmupSeconds);
        lastAnswerNanos.set(start);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < schools; i++) {
            int school = i;
            futures.add(pool.submit(() -> {
                try {
                    if (warmup && System.nanoTime() > lastSchoolStart) {
                        return; // the warm-up's time is up: no new school
                    }
                    schoolIds[school] = rushOneSchool(school, conferenceId);
                } catch (DeadlineExceeded e) {
                    deadlineHit = true;
                } catch (RuntimeException e) {
                    problem("unexpected", "school " + school + ": " + e, e.toString());
                } finally {
                    schoolsDone.incrementAndGet();
                }
            }));
        }
        pool.shutdown();
        Thread progress = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(15_000);
                    long done = stats.get(Endpoint.ADD_DELEGATE).succeeded.sum();
                    System.out.printf(Locale.ROOT, "  ... %5.1f s: %d/%d schools done, %d/%d delegates added, load %s%n",
                            (System.nanoTime() - start) / 1e9, schoolsDone.get(), schools, done, total, loadAverage());
                }
            } catch (InterruptedException e) {
                // finished
            }
        }, "progress");
        progress.setDaemon(true);
        progress.start();
        boolean finished = pool.awaitTermination(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        progress.interrupt();
        if (!finished) {
            deadlineHit = true;
            pool.shutdownNow();
            pool.awaitTermination(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        }
        long wallNanos = lastAnswerNanos.get() - start;
        String loadAfter = loadAverage();
        long cpuUsed = processCpuNanos() - cpuBefore;
        Map<String, Long> watchedAfter = watchedTicks();

        report(start, wallNanos);
        if (watched.isEmpty()) {
            System.out.printf(Locale.ROOT, "load generator CPU during the rush: %.1f s (this JVM, all threads)%n",
                    cpuUsed / 1e9);
        }
        if (!watched.isEmpty()) {
            StringBuilder line = new StringBuilder("CPU seconds used during the rush:");
            for (String name : watched.keySet()) {
                Long before = watchedBefore.get(name);
                Long after = watchedAfter.get(name);
                line.append(String.format(Locale.ROOT, " %s %s;", name,
                        before == null || after == null ? "n/a" : String.format(Locale.ROOT, "%.1f",
                                (after - before) / (double) clockTicks)));
            }
            line.append(String.format(Locale.ROOT, " load generator %.1f (of %.1f s wall x %d cores)",
                    cpuUsed / 1e9, wallNanos / 1e9, Runtime.getRuntime().availableProcessors()));
            System.out.println(line);
        }
        System.out.println("load average after the rush: " + loadAfter);
        if (warmup) {
            System.out.printf(Locale.ROOT, "WARM-UP DONE: %d schools, %d delegates added (not checked)%n",
                    stats.get(Endpoint.APPLY).succeeded.sum(), stats.get(Endpoint.ADD_DELEGATE).succeeded.sum());
            return deadlineHit ? 3 : 0;
        }
        if (deadlineHit) {
            System.out.println("ABORTED: the deadline ran out during the rush; the figures above are partial.");
            return 3;
        }

        // 3. The check, through the API.
        boolean checked;
        try {
            checked = check(conferenceId, secretariatToken, schoolIds);
        } catch (DeadlineExceeded e) {
            System.out.println("ABORTED: the deadline ran out during the check.");
            return 3;
        }
        boolean failedRequests = Arrays.stream(new Endpoint[] {Endpoint.APPLY, Endpoint.ADD_DELEGATE})
                .anyMatch(e -> !stats.get(e).failures.isEmpty());
        if (!problems.isEmpty()) {
            System.out.println();
            System.out.println("requests that failed for good: " + problems.size() + " " + format(problemKinds));
            System.out.println("first of them:");
            problems.stream().limit(5).forEach(p -> System.out.println("  " + p));
        }
        boolean pass = checked && !failedRequests && problems.isEmpty();
        System.out.println("RESULT: " + (pass ? "PASS" : "FAIL"));
        return pass ? 0 : 1;
    }

    void problem(String step, String description, String kind) {
        problems.add(description);
        Stats.count(problemKinds, step + ": " + kind);
    }

    /** One school's part of the rush: apply (which signs the advisor in), add the delegates. Returns the school id. */
    String rushOneSchool(int school, String conferenceId) {
        String xff = clientAddress(warmupSeconds > 0 ? WARMUP_ADDRESSES + school : school);
        String number = String.format(Locale.ROOT, "%03d", school + 1);
        String advisorPassword = ADVISOR_PASSWORD_PREFIX + run + "-" + number;
        String application = """
                {"conferenceId":"%s","name":"Rush %s School %s","city":"Antalya","country":"Türkiye",\
                "requestedDelegates":%d,"contact":{"advisorName":"Advisor %s","email":"advisor%s@rush.example"},\
                "advisor":{"password":"%s"}}"""
                .formatted(conferenceId, run, number, delegatesPerSchool, number, number, advisorPassword);
        Answer applied = send(Endpoint.APPLY, "POST", "/api/schools", application, null, xff, true);
        if (applied.status() != 201) {
            problem("apply", "school " + number + " apply: " + applied.excerpt(), applied.kind());
            return null;
        }
        String schoolId = first(ID, applied.body()).orElseThrow();
        Stats.count(applyStatuses, first(STATUS, applied.body()).orElse("?"));

        Optional<String> token = first(ACCESS_TOKEN, applied.body());
        if (token.isEmpty()) {
            problem("apply", "school " + number + " apply answered no token: " + applied.excerpt(), "no token");
            return schoolId;
        }
        for (int d = 1; d <= delegatesPerSchool; d++) {
            String delegate = "{\"name\":\"Delegate %02d of School %s\",\"grade\":\"%d\"}"
                    .formatted(d, number, 9 + d % 4);
            Answer added = send(Endpoint.ADD_DELEGATE, "POST", "/api/schools/" + schoolId + "/delegates",
                    delegate, token.get(), xff, true);
            if (added.status() != 201) {
                problem("add delegate", "school " + number + " delegate " + d + ": " + added.excerpt(), added.kind());
            }
        }
        return schoolId;
    }

    /** Each school is its own client, 10.a.b.c, as it would be behind a real proxy. */
    static String clientAddress(int school) {
        int n = school + 1;
        return "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    Optional<String> signIn(Endpoint endpoint, String username, String password, String xff) {
        Answer answer = send(endpoint, "POST", "/api/auth/token",
                "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password), null, xff, true);
        if (answer.status() != 200) {
            problem(endpoint.label, "sign-in of " + username + ": " + answer.excerpt(), answer.kind());
            return Optional.empty();
        }
        return first(ACCESS_TOKEN, answer.body());
    }

    /**
     * One request, tried up to {@link #MAX_TRIES} times with the same Idempotency-Key (writes only).
     * Returns the last answer; failures (non-2xx in the end) are counted per endpoint.
     */
    Answer send(Endpoint endpoint, String method, String path, String body, String token, String xff, boolean write) {
        Stats s = stats.get(endpoint);
        String key = write ? UUID.randomUUID().toString() : null;
        Answer answer = null;
        for (int attempt = 1; ; attempt++) {
            if (System.nanoTime() > deadlineNanos || Thread.currentThread().isInterrupted()) {
                throw new DeadlineExceeded();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Accept", "application/json, application/problem+json");
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            if (key != null) {
                request.header("Idempotency-Key", key);
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (xff != null) {
                request.header("X-Forwarded-For", xff);
            }
            long sent = System.nanoTime();
            try {
                HttpResponse<String> response =
                        http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                answer = new Answer(response.statusCode(), response.body(), response.headers().map(), null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeadlineExceeded();
            } catch (IOException e) {
                answer = new Answer(0, null, Map.of(), exceptionName(e));
            }
            long answered = System.nanoTime();
            lastAnswerNanos.accumulateAndGet(answered, Math::max);
            s.record(sent, answered - sent);
            Stats.count(s.outcomes, answer.describe());
            if (answer.header("Idempotent-Replayed").filter("true"::equalsIgnoreCase).isPresent()) {
                s.replayed.increment();
            }
            Optional<Long> retryIn = retryDelay(answer, attempt);
            if (retryIn.isEmpty() || attempt >= MAX_TRIES) {
                break;
            }
            Stats.count(s.retries, answer.describe());
            sleep(retryIn.get());
        }
        if (answer.ok()) {
            s.succeeded.increment();
        } else {
            Stats.count(s.failures, answer.describe());
        }
        return answer;
    }

    /** When (and whether) to try again: connection trouble, 429, 502, 503, 504, or 409 "in progress". */
    Optional<Long> retryDelay(Answer answer, int attempt) {
        long backoff = 250L << (attempt - 1);
        backoff += ThreadLocalRandom.current().nextLong(backoff / 2 + 1);
        if (answer.error() != null) {
            return Optional.of(backoff);
        }
        switch (answer.status()) {
            case 429, 503 -> {
                long retryAfter = answer.header("Retry-After")
                        .flatMap(RegistrationRush::seconds)
                        .map(seconds -> Math.min(MAX_RETRY_AFTER_MS, seconds * 1000))
                        .orElse(backoff);
                return Optional.of(retryAfter + ThreadLocalRandom.current().nextLong(100));
            }
            case 502, 504 -> {
                return Optional.of(backoff);
            }
            case 409 -> {
                boolean inProgress = first(TITLE, answer.body() == null ? "" : answer.body())
                        .filter(t -> t.toLowerCase(Locale.ROOT).contains("in progress"))
                        .isPresent();
                return inProgress ? Optional.of(backoff) : Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    static Optional<Long> seconds(String value) {
        try {
            return Optional.of(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    void sleep(long millis) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        if (left <= millis) {
            throw new DeadlineExceeded();
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadlineExceeded();
        }
    }

    static String exceptionName(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "connect-timeout";
        }
        if (e instanceof HttpTimeoutException) {
            return "request-timeout";
        }
        if (e instanceof ConnectException) {
            return "connection-refused";
        }
        return "io:" + e.getClass().getSimpleName();
    }

    static Optional<String> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text == null ? "" : text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text == null ? "" : text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    void report(long start, long wallNanos) {
        double wall = wallNanos / 1e9;
        long requests = 0;
        long retries = 0;
        for (Endpoint e : List.of(Endpoint.APPLY, Endpoint.ADD_DELEGATE)) {
            Stats s = stats.get(e);
            requests += s.outcomes.values().stream().mapToLong(LongAdder::sum).sum();
            retries += s.retries.values().stream().mapToLong(LongAdder::sum).sum();
        }
        System.out.println();
        System.out.println(warmupSeconds > 0 ? "=== Warm-up: results (not the measured rush) ===" : "=== Registration rush: results ===");
        System.out.printf(Locale.ROOT, "rush wall time:  %.3f s (first request to last answer)%n", wall);
        System.out.printf(Locale.ROOT, "requests:        %d HTTP exchanges (%d of them retries), %.1f req/s overall%n",
                requests, retries, wall > 0 ? requests / wall : 0);
        System.out.printf(Locale.ROOT, "applications:    %s%n", format(applyStatuses));
        System.out.println();
        System.out.printf(Locale.ROOT, "%-13s %6s %6s %8s %8s %8s %8s %8s %7s  %s%n",
                "endpoint", "tries", "ok", "p50 ms", "p90 ms", "p99 ms", "max ms", "mean ms", "req/s", "route");
        for (Endpoint e : List.of(Endpoint.APPLY, Endpoint.ADD_DELEGATE)) {
            Stats s = stats.get(e);
            long[] micros = s.sortedMicros();
            double mean = Arrays.stream(micros).average().orElse(0) / 1000;
            System.out.printf(Locale.ROOT, "%-13s %6d %6d %8s %8s %8s %8s %8.1f %7.1f  %s%n",
                    e.label, micros.length, s.succeeded.sum(),
                    percentile(micros, 0.50), percentile(micros, 0.90), percentile(micros, 0.99),
                    micros.length == 0 ? "-" : ms(micros[micros.length - 1]), mean,
                    wall > 0 ? micros.length / wall : 0, e.route);
        }
        System.out.println();
        System.out.println("latency over the rush (p50 / p99 ms of the tries sent in each quarter of the wall time):");
        for (Endpoint e : List.of(Endpoint.APPLY, Endpoint.ADD_DELEGATE)) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-13s", e.label));
            for (int q = 0; q < 4; q++) {
                long from = start + wallNanos * q / 4;
                long to = q == 3 ? Long.MAX_VALUE : start + wallNanos * (q + 1) / 4;
                long[] micros = stats.get(e).sortedMicrosSentBetween(from, to);
                line.append(String.format(Locale.ROOT, "  Q%d: %5d tries %8s / %8s", q + 1, micros.length,
                        percentile(micros, 0.50), percentile(micros, 0.99)));
            }
            System.out.println(line);
        }
        System.out.println();
        for (Endpoint e : List.of(Endpoint.APPLY, Endpoint.ADD_DELEGATE)) {
            Stats s = stats.get(e);
            System.out.printf(Locale.ROOT, "%-13s answers by status %s; retries %s; failed for good %s; replayed %d%n",
                    e.label, format(s.outcomes), format(s.retries), format(s.failures), s.replayed.sum());
        }
        Stats setup = stats.get(Endpoint.SETUP);
        System.out.printf(Locale.ROOT, "(setup, not timed: answers %s, retries %s)%n",
                format(setup.outcomes), format(setup.retries));
    }

    static String percentile(long[] sortedMicros, double p) {
        if (sortedMicros.length == 0) {
            return "-";
        }
        int rank = (int) Math.ceil(p * sortedMicros.length); // nearest rank, 1-based
        return ms(sortedMicros[Math.max(0, rank - 1)]);
    }

    static String ms(long micros) {
        return String.format(Locale.ROOT, "%.1f", micros / 1000.0);
    }

    static String format(Map<String, LongAdder> counts) {
        if (counts.isEmpty()) {
            return "none";
        }
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((k, v) -> sorted.put(k, v.sum()));
        return sorted.toString();
    }

    /** The Secretariat looks at what the rush left behind, through the API. */
    boolean check(String conferenceId, String token, String[] schoolIds) throws InterruptedException {
        System.out.println();
        System.out.println("=== Check through the API (as the Secretariat) ===");
        boolean ok = true;

        // All the conference's schools, page by page.
        List<String> listedIds = new ArrayList<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        long totalItems = -1;
        for (int page = 0; page < 1000; page++) {
            Answer answer = send(Endpoint.CHECK, "GET",
                    "/api/schools?conferenceId=" + conferenceId + "&page=" + page + "&size=100", null, token, null,
                    false);
            if (answer.status() != 200) {
                System.out.println("listing schools failed: " + answer.excerpt());
                return false;
            }
            totalItems = first(TOTAL_ITEMS, answer.body()).map(Long::parseLong).orElse(-1L);
            List<String> ids = all(ID, answer.body());
            listedIds.addAll(ids);
            all(STATUS, answer.body()).forEach(status -> byStatus.merge(status, 1, Integer::sum));
            if (ids.size() < 100 || listedIds.size() >= totalItems) {
                break;
            }
        }
        long distinct = listedIds.stream().distinct().count();
        boolean schoolsOk = totalItems == schools && listedIds.size() == schools && distinct == schools
                && byStatus.getOrDefault("ACCEPTED", 0) == schools;
        System.out.printf(Locale.ROOT, "schools:   totalItems %d, listed %d (%d distinct), by status %s, expected %d ACCEPTED"
                + " -> %s%n", totalItems, listedIds.size(), distinct, byStatus, schools, schoolsOk ? "OK" : "WRONG");
        ok &= schoolsOk;
        long missingIds = Arrays.stream(schoolIds).filter(id -> id == null).count();
        if (missingIds > 0) {
            System.out.println("schools whose application got no id during the rush: " + missingIds);
            ok = false;
        }

        // Every listed school's delegates, a few at a time (the Secretariat is one client: 200 req/s).
        ExecutorService pool = Executors.newFixedThreadPool(8);
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        List<String> checkProblems = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> futures = new ArrayList<>();
        for (String schoolId : listedIds.stream().distinct().toList()) {
            futures.add(pool.submit(() -> {
                Answer answer = send(Endpoint.CHECK, "GET", "/api/schools/" + schoolId + "/delegates", null, token,
                        null, false);
                if (answer.status() != 200) {
                    checkProblems.add(schoolId + ": " + answer.excerpt());
                } else {
                    counts.put(schoolId, all(ID, answer.body()).size());
                }
            }));
        }
        pool.shutdown();
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof DeadlineExceeded d) {
                    pool.shutdownNow();
                    throw d;
                }
                checkProblems.add(String.valueOf(e.getCause()));
            }
        }
        int delegates = counts.values().stream().mapToInt(Integer::intValue).sum();
        Map<Integer, Long> histogram = new TreeMap<>();
        counts.values().forEach(n -> histogram.merge(n, 1L, Long::sum));
        boolean delegatesOk = checkProblems.isEmpty() && counts.size() == schools
                && delegates == schools * delegatesPerSchool
                && counts.values().stream().allMatch(n -> n == delegatesPerSchool);
        System.out.printf(Locale.ROOT, "delegates: %d in all over %d schools (schools by delegate count %s),"
                + " expected %d each, %d in all -> %s%n", delegates, counts.size(), histogram, delegatesPerSchool,
                schools * delegatesPerSchool, delegatesOk ? "OK" : "WRONG");
        checkProblems.stream().limit(10).forEach(p -> System.out.println("  " + p));
        Stats s = stats.get(Endpoint.CHECK);
        System.out.printf(Locale.ROOT, "(check requests: answers %s, retries %s)%n", format(s.outcomes), format(s.retries));
        return ok && delegatesOk;
    }

    /** utime + stime of each watched process, in clock ticks (fields 14 and 15 of /proc/PID/stat). */
    Map<String, Long> watchedTicks() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        watched.forEach((name, pid) -> {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.put(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
            } catch (IOException | RuntimeException e) {
                // gone or not Linux: reported as n/a
            }
        });
        return ticks;
    }

    static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
