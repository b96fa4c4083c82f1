import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
 * What the gateway costs on an authenticated read (issue 12 "Performance"), in one run: the same
 * {@code GET /api/conferences/{id}} with the same Secretariat token, from the same client threads,
 * through the gateway and straight to registration-service.
 *
 * <p>After a warm-up of both paths, the measured rounds alternate: each round reads through one path for
 * {@code --seconds}, then through the other, and the next round starts with the other path, so a change
 * in the machine's load hits both. Every answer must be 200 with the conference's id; anything else is
 * counted as an error and makes the exit status non-zero. Reported per path: reads/s, p50/p99/max
 * latency (exact, over every measured read), CPU milliseconds per read of the gateway and of
 * registration-service (from /proc, net of what each burns in 5 s without reads), and the gateway's
 * throughput as a fraction of the direct path's, over all rounds and per round.
 *
 * <p>Usage (JDK only): {@code java GatewayBenchmark.java --gateway URL --direct URL [--threads 16]
 * [--rounds 6] [--seconds 5] [--warmup-seconds 20] [--pids gateway=PID,registration=PID]
 * [--jfr-pid PID --jfr-file FILE]}; the Secretariat's credentials come from QUORUM_ADMIN_USERNAME /
 * QUORUM_ADMIN_PASSWORD. With {@code --jfr-pid}, JDK Flight Recorder (settings=profile) records that
 * process after the warm-up (the idle pause and the measured rounds). See deploy/benchmarks/README.md and docs/performance.md.
 */
public class GatewayBenchmark {
    static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final long IDLE_MILLIS = 5_000;

    final Map<String, String> options;
    final int threads;
    final Map<String, URI> targets = new LinkedHashMap<>();
    final Map<String, Long> pids = new LinkedHashMap<>();
    final Map<String, Double> idleNanosPerSecond = new TreeMap<>();
    // HTTP/1.1 on both paths, kept-alive connections (one per client thread): no h2c upgrade attempt.
    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    GatewayBenchmark(Map<String, String> options) {
        this.options = options;
        this.threads = number("threads", 16);
        targets.put("gateway", URI.create(required("gateway")));
        targets.put("direct", URI.create(required("direct")));
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
        System.exit(new GatewayBenchmark(options).run() ? 0 : 1);
    }

    /** The reads of one path over all measured rounds. */
    static final class Totals {
        final List<long[]> latencies = new ArrayList<>();
        long reads;
        long errors;
        double seconds;
        final Map<String, Long> cpuNanos = new TreeMap<>();
        final List<Double> perRound = new ArrayList<>();
    }

    /** One phase: reads/s, latencies in microseconds, errors, and the first error seen. */
    record Phase(long reads, long errors, double seconds, long[] micros, String firstError) {}

    boolean run() throws Exception {
        String username = System.getenv().getOrDefault("QUORUM_ADMIN_USERNAME", "secretariat");
        String password = System.getenv("QUORUM_ADMIN_PASSWORD");
        if (password == null) {
            System.out.println("QUORUM_ADMIN_PASSWORD is not set");
            return false;
        }
        URI gateway = targets.get("gateway");
        HttpResponse<String> signIn = send(HttpRequest.newBuilder(gateway.resolve("/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password))));
        String token = first(ACCESS_TOKEN, signIn.body(), "sign-in");
        HttpResponse<String> created = send(HttpRequest.newBuilder(gateway.resolve("/api/conferences"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(
                        """
                        {"name":"Gateway benchmark","startDate":"2027-11-21","endDate":"2027-11-23",\
                        "timeZone":"Europe/Istanbul","venue":"Antalya","capacity":100}""")));
        String conferenceId = first(ID, created.body(), "creating the conference");
        String path = "/api/conferences/" + conferenceId;

        int rounds = number("rounds", 6);
        int seconds = number("seconds", 5);
        int warmup = number("warmup-seconds", 20);
        System.out.printf(Locale.ROOT, "Gateway benchmark: GET %s with the Secretariat's token, %d client threads;"
                        + " warm-up %d s per path, then %d rounds of %d s per path, alternating%n",
                path, threads, warmup, rounds, seconds);
        System.out.println("gateway " + gateway + ", direct " + targets.get("direct") + ", load " + loadAverage());

        boolean ok = true;
        // Warm-up: both paths in short alternating slices, so both JITs see the same traffic mix.
        for (int slice = 0; slice < Math.max(1, warmup / 5); slice++) {
            for (String target : targets.keySet()) {
                ok &= phase(target, path, token, Math.min(5, warmup)).errors() == 0;
            }
        }
        System.out.println("warm-up done, load " + loadAverage());

        startRecording();
        // What each process burns with no reads at all (pollers, JFR, GC): subtracted from the
        // CPU per read below, which would otherwise overstate the slower path's cost.
        Map<String, Long> idleBefore = cpuNanos();
        Thread.sleep(IDLE_MILLIS);
        Map<String, Long> idleAfter = cpuNanos();
        idleBefore.forEach((part, nanos) -> idleNanosPerSecond.put(
                part, (idleAfter.getOrDefault(part, nanos) - nanos) * 1000.0 / IDLE_MILLIS));
        Map<String, Totals> totals = new LinkedHashMap<>();
        targets.keySet().forEach(target -> totals.put(target, new Totals()));
        List<String> order = new ArrayList<>(targets.keySet());
        for (int round = 1; round <= rounds; round++) {
            Map<String, Double> rates = new TreeMap<>();
            for (String target : order) {
                Map<String, Long> cpuBefore = cpuNanos();
                Phase phase = phase(target, path, token, seconds);
                Map<String, Long> cpuAfter = cpuNanos();
                Totals t = totals.get(target);
                t.reads += phase.reads();
                t.errors += phase.errors();
                t.seconds += phase.seconds();
                t.latencies.add(phase.micros());
                cpuAfter.forEach((part, nanos) -> t.cpuNanos.merge(part, nanos - cpuBefore.get(part), Long::sum));
                rates.put(target, phase.reads() / phase.seconds());
                if (phase.errors() > 0) {
                    ok = false;
                    System.out.println("  " + target + ": " + phase.errors() + " errors, first: " + phase.firstError());
                }
            }
            double ratio = rates.get("gateway") / rates.get("direct");
            totals.get("gateway").perRound.add(ratio);
            System.out.printf(Locale.ROOT, "round %d (%s first): gateway %.0f/s, direct %.0f/s, ratio %.2f, load %s%n",
                    round, order.get(0), rates.get("gateway"), rates.get("direct"), ratio, loadAverage());
            order.add(order.remove(0));
        }
        stopRecording();
        report(totals);
        return ok;
    }

    /** All client threads read the path for the given time; they start together. */
    Phase phase(String target, String path, String token, int seconds) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(targets.get(target).resolve(path))
                .header("Authorization", "Bearer " + token)
                .timeout(TIMEOUT)
                .GET()
                .build();
        String expected = path.substring(path.lastIndexOf('/') + 1);
        AtomicLong errors = new AtomicLong();
        String[] firstError = new String[1];
        long[][] micros = new long[threads][];
        int[] counts = new int[threads];
        CyclicBarrier start = new CyclicBarrier(threads + 1);
        long[] window = new long[2];
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            Thread worker = new Thread(() -> {
                long[] mine = new long[4096];
                int n = 0;
                try {
                    start.await();
                    long end = window[1];
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        String error = null;
                        try {
                            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                            if (answer.statusCode() != 200 || !answer.body().contains(expected)) {
                                error = answer.statusCode() + " " + excerpt(answer.body());
                            }
                        } catch (IOException e) {
                            error = e.toString();
                        }
                        if (error != null) {
                            if (errors.getAndIncrement() == 0) {
                                firstError[0] = error;
                            }
                            continue;
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = (System.nanoTime() - sent) / 1_000;
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    firstError[0] = e.toString();
                }
                micros[index] = mine;
                counts[index] = n;
            }, target + "-reader-" + i);
            worker.start();
            workers.add(worker);
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + seconds * 1_000_000_000L;
        start.await();
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int i = 0; i < threads; i++) {
            System.arraycopy(micros[i], 0, all, at, counts[i]);
            at += counts[i];
        }
        return new Phase(total, errors.get(), elapsed, all, firstError[0]);
    }

    void report(Map<String, Totals> totals) {
        System.out.println();
        StringBuilder idle = new StringBuilder();
        idleNanosPerSecond.forEach((part, nanos) ->
                idle.append(String.format(Locale.ROOT, " %s %.0f ms/s", part, nanos / 1e6)));
        System.out.println("idle CPU (no reads, " + IDLE_MILLIS / 1000 + " s):" + idle);
        System.out.println("path     reads    reads/s   p50 ms   p99 ms   max ms  errors  cpu ms per read, net of idle");
        Map<String, Double> rates = new TreeMap<>();
        totals.forEach((target, t) -> {
            long[] all = t.latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            double rate = t.reads / t.seconds;
            rates.put(target, rate);
            StringBuilder cpu = new StringBuilder();
            t.cpuNanos.forEach((part, nanos) -> {
                double net = nanos - idleNanosPerSecond.getOrDefault(part, 0.0) * t.seconds;
                cpu.append(String.format(Locale.ROOT, "%s %.2f  ", part, t.reads == 0 ? 0 : net / 1e6 / t.reads));
            });
            System.out.printf(Locale.ROOT, "%-8s %6d %9.0f %8.2f %8.2f %8.1f %7d  %s%n", target, t.reads, rate,
                    percentile(all, 0.50), percentile(all, 0.99), percentile(all, 1.0), t.errors, cpu);
        });
        List<Double> perRound = new ArrayList<>(totals.get("gateway").perRound);
        perRound.sort(null);
        System.out.printf(Locale.ROOT, "%nRATIO gateway/direct throughput: %.2f (per round: min %.2f, median %.2f,"
                        + " max %.2f); goal >= 0.50%n",
                rates.get("gateway") / rates.get("direct"), perRound.get(0), perRound.get(perRound.size() / 2),
                perRound.get(perRound.size() - 1));
        System.out.println("load after: " + loadAverage());
    }

    static double percentile(long[] sortedMicros, double p) {
        if (sortedMicros.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, Math.min(sortedMicros.length - 1, index))] / 1000.0;
    }

    /** CPU time (user + system) each watched process has used so far, from /proc/PID/stat. */
    Map<String, Long> cpuNanos() {
        Map<String, Long> cpu = new TreeMap<>();
        pids.forEach((part, pid) -> {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name.
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                cpu.put(part, ticks * 10_000_000L); // USER_HZ is 100 on Linux
            } catch (IOException | RuntimeException e) {
                // a process that cannot be read is left out of the report
            }
        });
        return cpu;
    }

    void startRecording() throws Exception {
        if (options.containsKey("jfr-pid")) {
            jcmd("JFR.start", "name=gateway-benchmark", "settings=profile");
        }
    }

    void stopRecording() throws Exception {
        if (options.containsKey("jfr-pid")) {
            jcmd("JFR.dump", "name=gateway-benchmark", "filename=" + required("jfr-file"));
            jcmd("JFR.stop", "name=gateway-benchmark");
            System.out.println("JFR of the measured rounds: " + required("jfr-file"));
        }
    }

    void jcmd(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), required("jfr-pid")));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
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
