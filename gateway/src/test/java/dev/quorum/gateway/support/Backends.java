package dev.quorum.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The four stub services of one test JVM, started once, plus the key that signs test tokens.
 * Special paths: the JWKS and OpenAPI documents on registration, an event stream, a flaky and
 * a broken path on committee, a slow path on voting.
 */
public final class Backends {
    public static final TestTokens TOKENS = new TestTokens();
    public static final Gates GATES = new Gates();

    public static final StubBackend REGISTRATION = StubBackend.start("registration", GATES)
            .on(
                    "/.well-known/jwks.json",
                    exchange -> StubBackend.respond(exchange, 200, "application/json", TOKENS.jwks()))
            .on(
                    "/v3/api-docs",
                    exchange -> StubBackend.respond(
                            exchange,
                            200,
                            "application/json",
                            "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"registration\"}}"));

    public static final StubBackend COMMITTEE = StubBackend.start("committee", GATES)
            .on("/api/sessions/s1/stream", Backends::twoEventsWithAPause)
            .on("/api/committees/flaky", Backends::unavailableOnFirstTry)
            .on("/api/committees/broken", exchange -> StubBackend.respond(exchange, 500, "application/json", "{}"));

    public static final StubBackend VOTING =
            StubBackend.start("voting", GATES).on("/api/votes/slow", Backends::answerWhenOpened);

    public static final StubBackend GUIDE = StubBackend.start("guide", GATES);

    private Backends() {}

    /** Sends one event, waits for the test to open the gate, then sends another and ends. */
    private static void twoEventsWithAPause(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("id: 1\nevent: session\ndata: first\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            GATES.awaitOpen(exchange.getRequestHeaders().getFirst(StubBackend.TEST_ID));
            out.write("id: 2\nevent: session\ndata: second\n\n".getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answerWhenOpened(HttpExchange exchange) throws IOException {
        try {
            GATES.awaitOpen(exchange.getRequestHeaders().getFirst(StubBackend.TEST_ID));
            StubBackend.respond(exchange, 200, "application/json", "{\"late\":true}");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException gatewayGaveUp) {
            // The gateway timed out and closed the connection: expected.
        }
    }

    /** 503 the first time a test id is seen, 200 after: shows whether the gateway retried. */
    private static void unavailableOnFirstTry(HttpExchange exchange) throws IOException {
        String testId = exchange.getRequestHeaders().getFirst(StubBackend.TEST_ID);
        boolean first = COMMITTEE.countTagged(testId) == 1;
        StubBackend.respond(
                exchange,
                first ? 503 : 200,
                "application/json",
                first ? "{\"status\":503}" : "{\"service\":\"committee\"}");
    }
}
