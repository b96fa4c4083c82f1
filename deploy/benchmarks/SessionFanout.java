/*
 * Load generator of the session fan-out benchmark. JDK 17 only (no libraries, no build):
 *
 *   java SessionFanout.java --gateway http://127.0.0.1:8080 [--committees 30] [--streams 40]
 *        [--rounds 20] [--pause-ms 250]
 *
 * Credentials of the Secretariat come from QUORUM_ADMIN_USERNAME / QUORUM_ADMIN_PASSWORD.
 *
 * All through the gateway:
 *   1. setup: the Secretariat (as chair of every committee) creates a conference and N committees
 *      of 12 seats (CONSENSUS rules), opens a session in each and marks every seat present;
 *   2. opens S live streams per session (GET /api/sessions/{id}/stream) and waits for each to
 *      receive its snapshot;
 *   3. R rounds: in each, every committee's chair changes its session (suspend, then resume in the
 *      next round), all committees at once; the answer's time and the session version it reports
 *      are recorded, and every stream records when it received the event with that id;
 *   4. reports the events delivered per second over the rounds, and the delay from each change's
 *      HTTP answer to the first event at or after its version on every stream (p50, p90, p99, max).
 *
 * Each committee's chair sends its own X-Forwarded-For address (the script trusts loopback as the
 * proxy), so the gateway's per-client rate limits apply per chair as in production.
 */

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SessionFanout {
    static final Pattern STRING = Pattern.compile("\"%s\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String gateway;
    String token;

    SessionFanout(String gateway) {
        this.gateway = gateway;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        String gateway = opts.getOrDefault("--gateway", "http://127.0.0.1:8080");
        int committees = Integer.parseInt(opts.getOrDefault("--committees", "30"));
        int streams = Integer.parseInt(opts.getOrDefault("--streams", "40"));
        int rounds = Integer.parseInt(opts.getOrDefault("--rounds", "20"));
        long pauseMs = Long.parseLong(opts.getOrDefault("--pause-ms", "250"));
        new SessionFanout(gateway).run(committees, streams, rounds, pauseMs);
    }

    void run(int committees, int streamsPerSession, int rounds, long pauseMs) throws Exception {
        String user = System.getenv().getOrDefault("QUORUM_ADMIN_USERNAME", "secretariat");
        String password = System.getenv("QUORUM_ADMIN_PASSWORD");
        token = field(send("POST", "/api/auth/token", "{\"username\":\"" + user + "\",\"password\":\"" + password
                + "\"}", "10.0.0.1", 200), "access_token");
        String conference = field(send("POST", "/api/conferences", "{\"name\":\"Fan-out MUN\",\"startDate\":"
                + "\"2025-11-21\",\"endDate\":\"2025-11-23\",\"timeZone\":\"Europe/Istanbul\",\"capacity\":5000,"
                + "\"fees\":{\"currency\":\"EUR\",\"perSchool\":0,\"perDelegate\":0}}", "10.0.0.1", 201), "id");
        List<String> sessions = new ArrayList<>();
        for (int c = 0; c < committees; c++) {
            String address = chair(c);
            StringBuilder seats = new StringBuilder();
            for (int s = 0; s < 12; s++) {
                seats.append(s == 0 ? "" : ",").append("{\"name\":\"Seat ").append(s).append("\",\"kind\":\"MEMBER\"}");
            }
            String committee = sendUntil(201, "POST", "/api/committees", "{\"conferenceId\":\"" + conference
                    + "\",\"name\":\"Committee " + c + "\",\"abbreviation\":\"C" + c + "\",\"type\":\"GENERAL_ASSEMBLY\","
                    + "\"delegationSize\":1,\"rules\":{\"preset\":\"CONSENSUS\"},\"seats\":[" + seats + "]}", address);
            String committeeId = field(committee, "committeeId");
            String session = send("POST", "/api/committees/" + committeeId + "/sessions", "{}", address, 201);
            String sessionId = field(session, "sessionId");
            StringBuilder entries = new StringBuilder();
            Matcher m = Pattern.compile("\"seatId\"\\s*:\\s*\"([^\"]+)\"").matcher(committee);
            while (m.find()) {
                entries.append(entries.length() == 0 ? "" : ",").append("{\"seatId\":\"").append(m.group(1))
                        .append("\",\"attendance\":\"PRESENT\"}");
            }
            send("PUT", "/api/sessions/" + sessionId + "/roll-call", "{\"entries\":[" + entries + "]}", address, 200);
            sessions.add(sessionId);
        }
        System.out.printf("setup: %d committees, sessions open with every seat present%n", committees);

        // per session, per stream: the (event id, nanoTime) pairs it received, in order
        Map<String, List<StreamReader>> readers = new ConcurrentHashMap<>();
        CountDownLatch snapshots = new CountDownLatch(committees * streamsPerSession);
        for (String session : sessions) {
            List<StreamReader> bySession = new ArrayList<>();
            readers.put(session, bySession);
            for (int s = 0; s < streamsPerSession; s++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/sessions/" + session + "/stream"))
                        .header("Accept", "text/event-stream")
                        .header("Authorization", "Bearer " + token)
                        .header("X-Forwarded-For", "10.1." + (s / 250) + "." + (s % 250 + 1))
                        .build();
                StreamReader reader = new StreamReader(snapshots);
                bySession.add(reader);
                http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(reader));
            }
        }
        if (!snapshots.await(120, TimeUnit.SECONDS)) {
            System.out.printf("only %d of %d streams got their snapshot within 120 s%n",
                    committees * streamsPerSession - snapshots.getCount(), committees * streamsPerSession);
            System.exit(1);
        }
        System.out.printf("streams: %d open (%d per session), each with its snapshot%n",
                committees * streamsPerSession, streamsPerSession);

        ExecutorService chairs = Executors.newFixedThreadPool(committees);
        Map<String, Map<Long, Long>> answered = new ConcurrentHashMap<>();
        sessions.forEach(s -> answered.put(s, new ConcurrentHashMap<>()));
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            String action = r % 2 == 0 ? "suspend" : "resume";
            List<Future<?>> calls = new ArrayList<>();
            for (int c = 0; c < committees; c++) {
                String session = sessions.get(c);
                String address = chair(c);
                calls.add(chairs.submit(() -> {
                    String body = send("POST", "/api/sessions/" + session + "/" + action, "{}", address, 200);
                    long at = System.nanoTime();
                    Matcher v = VERSION.matcher(body);
                    v.find();
                    answered.get(session).put(Long.parseLong(v.group(1)), at);
                    return null;
                }));
            }
            for (Future<?> call : calls) {
                call.get(60, TimeUnit.SECONDS);
            }
            Thread.sleep(pauseMs);
        }
        Thread.sleep(3000); // let the last events arrive
        long elapsed = System.nanoTime() - start;
        chairs.shutdownNow();

        List<Long> delays = new ArrayList<>();
        long missing = 0;
        long delivered = 0;
        for (String session : sessions) {
            for (StreamReader reader : readers.get(session)) {
                delivered += reader.received().size() - 1; // not the snapshot
                for (Map.Entry<Long, Long> change : answered.get(session).entrySet()) {
                    Long at = reader.firstAtOrAfter(change.getKey());
                    if (at == null) {
                        missing++;
                    } else {
                        delays.add(at - change.getValue());
                    }
                }
            }
        }
        Collections.sort(delays);
        double seconds = elapsed / 1e9;
        System.out.printf(Locale.ROOT, "changes: %d (%d rounds x %d committees) in %.1f s%n",
                rounds * committees, rounds, committees, seconds);
        System.out.printf(Locale.ROOT, "events delivered: %d (%.0f events/s over the rounds); changes never reached "
                        + "a stream: %d of %d%n", delivered, delivered / seconds, missing,
                (long) rounds * committees * streamsPerSession);
        System.out.printf(Locale.ROOT,
                "delay from the HTTP answer to the event on each stream: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms"
                        + " (negative = the event arrived before the answer)%n",
                pct(delays, 50), pct(delays, 90), pct(delays, 99), delays.isEmpty() ? 0 : delays.get(delays.size() - 1) / 1e6);
        System.exit(missing == 0 ? 0 : 1);
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, rank)) / 1e6;
    }

    static String chair(int committee) {
        return "10.2." + (committee / 250) + "." + (committee % 250 + 1);
    }

    String send(String method, String path, String json, String address, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** Retries while committee-service has not yet heard of the conference (404), up to 60 s. */
    String sendUntil(int expected, String method, String path, String json, String address) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                return send(method, path, json, address, expected);
            } catch (IllegalStateException e) {
                if (System.nanoTime() > deadline || !e.getMessage().contains(": 404 ")) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile(String.format(STRING.pattern(), name)).matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    /**
     * Records when each event id arrives on one stream; counts down on the first (the snapshot).
     * An event carries the whole session, so a change has reached the stream with the first event
     * whose id (the session's version) is at or after the change's version: under load the server
     * sends the newest state and skips versions it has already superseded.
     */
    static final class StreamReader implements Flow.Subscriber<String> {
        private final CountDownLatch snapshots;
        private final List<long[]> received = Collections.synchronizedList(new ArrayList<>());

        StreamReader(CountDownLatch snapshots) {
            this.snapshots = snapshots;
        }

        List<long[]> received() {
            synchronized (received) {
                return new ArrayList<>(received);
            }
        }

        Long firstAtOrAfter(long version) {
            for (long[] event : received()) {
                if (event[0] >= version) {
                    return event[1];
                }
            }
            return null;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("id:")) {
                received.add(new long[] {Long.parseLong(line.substring(3).trim()), System.nanoTime()});
                if (received.size() == 1) {
                    snapshots.countDown();
                }
            }
        }

        @Override
        public void onError(Throwable throwable) {}

        @Override
        public void onComplete() {}
    }
}
