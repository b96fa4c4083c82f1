package dev.quorum.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * A stand-in for one Quorum service on a free loopback port: it records every request and answers
 * JSON naming itself, unless a path has its own handler.
 */
public final class StubBackend implements AutoCloseable {
    /** Tests tag their requests with this header to find them among everyone else's. */
    public static final String TEST_ID = "X-Test-Id";
    /** A request with this header is answered only once the test opens its gate: a slow service. */
    public static final String HOLD = "X-Stub-Hold";

    private final String name;
    private final Gates gates;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "stub-backend");
        thread.setDaemon(true);
        return thread;
    });
    private final List<RecordedRequest> received = new CopyOnWriteArrayList<>();

    private StubBackend(String name, Gates gates) throws IOException {
        this.name = name;
        this.gates = gates;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Event-stream handlers block while a stream stays open; each exchange gets a thread.
        server.setExecutor(executor);
        server.createContext("/", recording(this::answerWithName));
        server.start();
    }

    /** A stub whose held requests ({@link #HOLD}) wait for {@code gates}. */
    public static StubBackend start(String name, Gates gates) {
        try {
            return new StubBackend(name, gates);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String name() {
        return name;
    }

    /** Answers {@code path} (and below it) with {@code handler}, still recording each request. */
    public StubBackend on(String path, HttpHandler handler) {
        server.createContext(path, recording(handler));
        return this;
    }

    public Optional<RecordedRequest> requestTagged(String testId) {
        return received.stream().filter(r -> testId.equals(r.header(TEST_ID))).findFirst();
    }

    public long countTagged(String testId) {
        return received.stream().filter(r -> testId.equals(r.header(TEST_ID))).count();
    }

    public static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void answerWithName(HttpExchange exchange) throws IOException {
        String body = "{\"service\":\"%s\",\"path\":\"%s\"}"
                .formatted(name, exchange.getRequestURI().getPath());
        respond(exchange, 200, "application/json", body);
    }

    private HttpHandler recording(HttpHandler handler) {
        return exchange -> {
            received.add(new RecordedRequest(
                    exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), headers(exchange)));
            try (InputStream in = exchange.getRequestBody()) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            if (exchange.getRequestHeaders().containsKey(HOLD)) {
                try {
                    gates.awaitOpen(exchange.getRequestHeaders().getFirst(TEST_ID));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            try {
                handler.handle(exchange);
            } catch (IOException gatewayGaveUp) {
                // The gateway timed out and closed the connection before a held answer.
            }
        };
    }

    private static Map<String, List<String>> headers(HttpExchange exchange) {
        return exchange.getRequestHeaders().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), e -> List.copyOf(e.getValue())));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
