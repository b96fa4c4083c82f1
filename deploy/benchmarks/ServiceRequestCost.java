import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one simple request costs a servlet service in CPU (issues 8, 10, 12): registration-service
 * answering, straight (no gateway), (a) an authenticated {@code GET /api/conferences/{id}} and (b) an
 * authenticated {@code PATCH /api/conferences/{id}} with an Idempotency-Key (a new key each, so every
 * write goes through the key's claim, the aggregate's versioned write with its outbox event, the
 * key's completion and the relay's publication).
 *
 * <p>After a warm-up of both kinds in alternating slices (the JIT's C2 needs many thousands of calls),
 * each measured round runs one batch of reads, then one of writes, from a few client threads; the CPU
 * of each watched process (utime + stime from /proc/PID/stat) over a batch, net of what it burns idle,
 * is divided by the batch's requests. Wall-clock throughput on a shared machine is noise; CPU per
 * request is not, so that is the figure. With {@code --jfr-pid}, JDK Flight Recorder (settings=profile)
 * records that process during the measured reads and, separately, the measured writes.
 *
 * <p>Usage (JDK only): {@code java ServiceRequestCost.java --service URL [--threads 4] [--rounds 4]
 * [--seconds 10] [--warmup-seconds 90] [--pids registration=PID,mongo=PID,...] [--jfr-pid PID
 * --jfr-dir DIR]}; the Secretariat's credentials come from QUORUM_ADMIN_USERNAME / QUORUM_ADMIN_PASSWORD.
 */
public class ServiceRequestCost {
    static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final long IDLE_MILLIS = 5_000;
    static final List<String> KINDS = List.of("read", "write");

    final Map<String, String> options;
    final int threads;
    final URI service;
    final Map<String, Long> pids = new LinkedHashMap<>();
    final Map<String, Double> idleNanosPerSecond = new TreeMap<>();
    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String token;
    /** One conference per client thread, so that concurrent writes never race for one version. */
    final List<String> paths = new ArrayList<>();

    ServiceRequestCost(Map<String, String> options) {
        this.options = options;
        this.threads = number("threads", 4);
        this.service = URI.create(required("service"));
        for (String pair : options.getOrDefault("pids", "").split(",")) {
            String[] parts = pair.split("=");
            if (parts.length == 2 && !parts[1].isBlank()) {
                pids.put(parts[0], Long.parseLong(parts[1].trim()));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        System.exit(new ServiceRequestCost(options).run() ? 0 : 1);
    }

    /** One batch: how many requests answered as expected, how many did not, the first failure. */
    record Batch(long requests, long errors, double seconds, String firstError) {}

    boolean run() throws Exception {
        String password = System.getenv("QUORUM_ADMIN_PASSWORD");
        if (password == null) {
            System.out.println("QUORUM_ADMIN_PASSWORD is not set");
            return false;
        }
        String username = System.getenv().getOrDefault("QUORUM_ADMIN_USERNAME", "secretariat");
        HttpResponse<String> signIn = send(HttpRequest.newBuilder(service.resolve("/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password))));
        token = first(ACCESS_TOKEN, signIn.body(), "sign-in");
        for (int i = 0; i < threads; i++) {
            HttpResponse<String> created = send(authorized("/api/conferences")
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(
                            """
                            {"name":"Request cost","startDate":"2027-11-21","endDate":"2027-11-23",\
                            "timeZone":"Europe/Istanbul","venue":"Antalya","capacity":100}""")));
            paths.add("/api/conferences/" + first(ID, created.body(), "creating a conference"));
        }

        int rounds = number("rounds", 4);
        int seconds = number("seconds", 10);
        int warmup = number("warmup-seconds", 90);
        System.out.printf(Locale.ROOT, "Service request cost: %s/api/conferences/{id}, %d client threads (a conference each); warm-up %d s (reads and"
                        + " writes alternating), then %d rounds of %d s reads + %d s writes%n",
                service, threads, warmup, rounds, seconds, seconds);
        System.out.println("load " + loadAverage());
        boolean ok = true;
        for (int slice = 0; slice < Math.max(1, warmup / 10); slice++) {
            for (String kind : KINDS) {
                ok &= batch(kind, Math.min(5, warmup)).errors() == 0;
            }
        }
        System.out.println("warm-up done, load " + loadAverage());

        Map<String, Long> idleBefore = cpuNanos();
        Thread.sleep(IDLE_MILLIS);
        Map<String, Long> idleAfter = cpuNanos();
        idleBefore.forEach((part, nanos) -> idleNanosPerSecond.put(
                part, (idleAfter.getOrDefault(part, nanos) - nanos) * 1000.0 / IDLE_MILLIS));
        Map<String, Map<String, Long>> cpu = new LinkedHashMap<>();
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Double> elapsed = new TreeMap<>();
        Map<String, Long> commands = new TreeMap<>();
        for (int round = 1; round <= rounds; round++) {
            StringBuilder line = new StringBuilder("round " + round + ":");
            for (String kind : KINDS) {
                record(kind, "JFR.start", "settings=profile");
                long commandsBefore = storeCommands();
                Map<String, Long> before = cpuNanos();
                Batch batch = batch(kind, seconds);
                Map<String, Long> after = cpuNanos();
                commands.merge(kind, storeCommands() - commandsBefore, Long::sum);
                record(kind, "JFR.stop");
                ok &= batch.errors() == 0;
                if (batch.errors() > 0) {
                    System.out.println("  " + kind + ": " + batch.errors() + " errors, first: " + batch.firstError());
                }
                long[] count = counts.computeIfAbsent(kind, k -> new long[2]);
                count[0] += batch.requests();
                count[1] += batch.errors();
                elapsed.merge(kind, batch.seconds(), Double::sum);
                Map<String, Long> used = cpu.computeIfAbsent(kind, k -> new TreeMap<>());
                after.forEach((part, nanos) -> used.merge(part, nanos - before.get(part), Long::sum));
                double own = (after.getOrDefault("registration:requests", 0L)
                        - before.getOrDefault("registration:requests", 0L)) / 1e6;
                line.append(String.format(Locale.ROOT, " %s %d (request threads %.2f ms each)", kind,
                        batch.requests(), batch.requests() == 0 ? 0 : own / batch.requests()));
            }
            System.out.println(line + ", load " + loadAverage());
        }
        report(cpu, counts, elapsed, commands);
        return ok;
    }

    /** The client threads send one kind of request for the given time; they start together. */
    Batch batch(String kind, int seconds) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        String[] firstError = new String[1];
        CyclicBarrier start = new CyclicBarrier(threads + 1);
        long[] end = new long[1];
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String path = paths.get(i);
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    long n = 0;
                    while (System.nanoTime() < end[0]) {
                        String error = once(kind, path, n++);
                        if (error == null) {
                            done.incrementAndGet();
                        } else if (errors.getAndIncrement() == 0) {
                            firstError[0] = error;
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    firstError[0] = e.toString();
                }
            }, kind + "-client-" + i);
            worker.start();
            workers.add(worker);
        }
        long began = System.nanoTime();
        end[0] = began + seconds * 1_000_000_000L;
        start.await();
        for (Thread worker : workers) {
            worker.join();
        }
        return new Batch(done.get(), errors.get(), (System.nanoTime() - began) / 1e9, firstError[0]);
    }

    /** One request; null when it was answered as expected, else what went wrong. */
    String once(String kind, String path, long n) {
        HttpRequest.Builder request = authorized(path);
        if (kind.equals("write")) {
            // Alternating venues, so that every write changes the conference and publishes an event.
            request.header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(
                            "{\"venue\":\"Antalya " + (n % 2) + "\"}"));
        }
        try {
            HttpResponse<String> answer = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200 && answer.body().contains(path.substring(path.lastIndexOf('/') + 1))) {
                return null;
            }
            return answer.statusCode() + " " + excerpt(answer.body());
        } catch (IOException | InterruptedException e) {
            return e.toString();
        }
    }

    HttpRequest.Builder authorized(String target) {
        return HttpRequest.newBuilder(service.resolve(target)).header("Authorization", "Bearer " + token);
    }

    void report(
            Map<String, Map<String, Long>> cpu,
            Map<String, long[]> counts,
            Map<String, Double> elapsed,
            Map<String, Long> commands) {
        System.out.println();
        StringBuilder idle = new StringBuilder();
        idleNanosPerSecond.forEach((part, nanos) ->
                idle.append(String.format(Locale.ROOT, " %s %.1f ms/s", part, nanos / 1e6)));
        System.out.println("idle CPU (no requests, " + IDLE_MILLIS / 1000 + " s):" + idle);
        cpu.forEach((kind, used) -> {
            long requests = counts.get(kind)[0];
            double seconds = elapsed.get(kind);
            System.out.printf(Locale.ROOT, "%s: %d requests, %d errors, %.1f/s; %.2f MongoDB commands per request"
                            + " (background ones included); CPU ms per request (processes net of idle, thread groups gross):%n",
                    kind, requests, counts.get(kind)[1], requests / seconds,
                    requests == 0 ? 0 : (double) commands.get(kind) / requests);
            used.forEach((part, nanos) -> {
                if (part.contains(":")) {
                    // A thread group: gross. Its idle share is either nil (request threads) or
                    // bursty (the JIT compiles in bursts), so subtracting a 5 s sample would mislead.
                    System.out.printf(Locale.ROOT, "  %-24s %7.2f%n", part, requests == 0 ? 0 : nanos / 1e6 / requests);
                    return;
                }
                double net = nanos - idleNanosPerSecond.getOrDefault(part, 0.0) * seconds;
                System.out.printf(Locale.ROOT, "  %-24s %7.2f  (%.2f before subtracting idle)%n", part,
                        requests == 0 ? 0 : net / 1e6 / requests, requests == 0 ? 0 : nanos / 1e6 / requests);
            });
        });
        System.out.println("load after: " + loadAverage());
    }

    /**
     * CPU time (user + system) each watched process has used so far, from /proc/PID/stat, and, for
     * the service, per group of its threads (/proc/PID/task/TID): "registration:requests" and the
     * like, so that background work (relay polls, GC, JIT), which dominates a batch's process CPU
     * when the machine leaves the service only a few requests a second, can be told apart.
     */
    Map<String, Long> cpuNanos() {
        Map<String, Long> cpu = new TreeMap<>();
        pids.forEach((part, pid) -> {
            try {
                cpu.put(part, ticks(Path.of("/proc/" + pid + "/stat")));
            } catch (IOException | RuntimeException e) {
                return; // a process that cannot be read is left out of the report
            }
            if (part.equals("registration")) {
                try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
                    tasks.forEach(task -> {
                        try {
                            String group = part + ":" + threadGroup(Files.readString(task.resolve("comm")).trim());
                            cpu.merge(group, ticks(task.resolve("stat")), Long::sum);
                        } catch (IOException | RuntimeException e) {
                            // a thread that ended meanwhile
                        }
                    });
                } catch (IOException e) {
                    // the process ended
                }
            }
        });
        return cpu;
    }

    /**
     * How many MongoDB commands the service has sent so far: the driver's command metrics on its
     * public Prometheus endpoint (every command, the relay's and the other pollers' included).
     */
    long storeCommands() {
        try {
            HttpResponse<String> metrics = send(HttpRequest.newBuilder(service.resolve("/actuator/prometheus")));
            return metrics.body().lines()
                    .filter(line -> line.startsWith("mongodb_driver_commands_seconds_count{"))
                    .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        } catch (Exception e) {
            return 0;
        }
    }

    /** utime + stime of a /proc stat file, in nanoseconds. */
    static long ticks(Path stat) throws IOException {
        String line = Files.readString(stat);
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name.
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L; // USER_HZ 100
    }

    /**
     * A thread's group by its name (Linux keeps the first 15 characters): Tomcat's request threads
     * on Java 17, the carriers of its virtual request threads on Java 21+.
     */
    static String threadGroup(String name) {
        if (name.startsWith("http-nio") || name.startsWith("ForkJoinPool") || name.startsWith("tomcat-handler")) {
            return "requests";
        }
        if (name.startsWith("GC ") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
            return "gc";
        }
        if (name.contains("CompilerThre")) {
            return "jit";
        }
        return "other";
    }

    /** Starts or stops (dumping it to DIR/KIND.jfr, all rounds together) the recording of one kind. */
    void record(String kind, String command, String... extra) throws Exception {
        if (!options.containsKey("jfr-pid")) {
            return;
        }
        List<String> arguments = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), required("jfr-pid"), command,
                "name=" + kind));
        arguments.addAll(List.of(extra));
        if (command.equals("JFR.stop")) {
            // One file per round and kind; the breakdown script reads them all.
            arguments.add("filename=" + Path.of(required("jfr-dir"), kind + "-" + System.nanoTime() + ".jfr"));
        }
        Process process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + output);
        }
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String first(Pattern pattern, String body, String what) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException(what + " failed: " + excerpt(body));
        }
        return matcher.group(1);
    }

    static String excerpt(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    String required(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    int number(String name, int fallback) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
    }
}
