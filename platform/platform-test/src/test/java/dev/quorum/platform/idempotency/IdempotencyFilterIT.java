package dev.quorum.platform.idempotency;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.quorum.platform.idempotency.IdempotencyTestApplication.Endpoints;
import dev.quorum.platform.idempotency.IdempotencyTestApplication.Gate;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.ApiClient.Response;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.platform.test.TestTokens;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The filter in a running service, over real HTTP, against the test MongoDB server. */
@QuorumIntegrationTest
@TestPropertySource(
        properties = {
            "spring.application.name=idempotency-test",
            "quorum.security.public-paths=POST /api/public/**",
            "quorum.idempotency.max-body-size=1KB"
        })
class IdempotencyFilterIT {
    @LocalServerPort
    int port;

    @Autowired
    Endpoints endpoints;

    @Autowired
    Gate gate;

    @Autowired
    MongoDatabase database;

    private final String key = UUID.randomUUID().toString();
    private final String token = TestTokens.builder().subject("alice").sign();
    private ApiClient alice;

    @BeforeEach
    void keyedClient() {
        alice = ApiClient.local(port).withToken(token).withHeader(IdempotencyFilter.HEADER, key);
    }

    @Test
    void ofTwoConcurrentRequestsWithOneKeyOneRunsAndTheOtherIsToldToRetryLater() throws Exception {
        gate.close();
        int before = endpoints.calls.get();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService twoClients = Executors.newFixedThreadPool(2);
        List<CompletableFuture<Response>> racers = Stream.generate(() -> CompletableFuture.supplyAsync(
                        () -> {
                            awaitQuietly(start);
                            return alice.post("/api/slow", "{}");
                        },
                        twoClients))
                .limit(2)
                .toList();
        start.countDown();
        twoClients.shutdown();

        // The one that lost answers while the winner is still held inside the controller.
        CompletableFuture.anyOf(racers.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        gate.open();
        CompletableFuture.allOf(racers.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        List<Response> answers = racers.stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(200, 409);
        Response loser =
                answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertThat(loser.header("Retry-After")).isEqualTo("1");
        assertThat(loser.header("Content-Type")).startsWith("application/problem+json");
        assertThat(endpoints.calls.get() - before).as("the controller ran once").isEqualTo(1);
    }

    @Test
    void aConflictFromAConcurrentChangeIsNotReplayedSoTheRetryRunsAgain() {
        String body = "{\"name\":\"" + UUID.randomUUID() + "\"}";

        Response lostRace = alice.post("/api/stale-once", body);
        Response retry = alice.post("/api/stale-once", body);

        assertThat(lostRace.status()).isEqualTo(409);
        assertThat(lostRace.header("Retry-After")).isEqualTo("1");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header(IdempotencyFilter.REPLAYED)).isNull();
    }

    @Test
    void aLastingConflictIsReplayed() {
        int before = endpoints.calls.get();

        Response first = alice.post("/api/withdrawn", "{}");
        Response retry = alice.post("/api/withdrawn", "{}");

        assertThat(first.status()).isEqualTo(409);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.header(IdempotencyFilter.REPLAYED)).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(endpoints.calls.get() - before).isEqualTo(1);
    }

    @Test
    void aSecretIsNeverStoredAndTheReplaySaysItLeftItOut() {
        Response first = alice.post("/api/codes", "{}");
        Response retry = alice.post("/api/codes", "{}");

        String code = first.json().get("accessCode").asString();
        assertThat(code).startsWith("code-");
        Document stored = database.getCollection(IdempotencyStore.COLLECTION)
                .find(Filters.eq("_id", "caller:alice|" + key))
                .first();
        assertThat(stored.getString("state")).isEqualTo("DONE");
        String storedBody = new String(
                stored.get("response", Document.class).get("body", Binary.class).getData(), UTF_8);
        assertThat(storedBody).contains("\"call\"").doesNotContain(code).doesNotContain("\"accessCode\"");
        assertThat(stored.toJson()).doesNotContain(code);

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header(IdempotencyFilter.REPLAYED)).isEqualTo("true");
        assertThat(retry.header(IdempotencyFilter.REPLAYED_WITHOUT)).isEqualTo("accessCode");
        assertThat(retry.json().has("accessCode")).isFalse();
        assertThat(retry.json().get("call")).isEqualTo(first.json().get("call"));
    }

    @Test
    void aReplayCarriesTheHeadersThatDescribeTheResultButNotThoseOfTheFirstExchange() {
        Response first = alice.post("/api/things", Map.of("name", "resolution"));
        Response retry = alice.post("/api/things", Map.of("name", "resolution"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("ETag")).isNotNull().isEqualTo(first.header("ETag"));
        assertThat(retry.header("Location")).isNotNull().isEqualTo(first.header("Location"));
        assertThat(retry.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(retry.header("X-Trace-Of-This-Exchange")).isNull();
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @Test
    void aBodyLargerThanTheLimitIs413AndRunsNothing() {
        int before = endpoints.calls.get();

        Response tooLarge = alice.post("/api/things", Map.of("name", "x".repeat(2048)));

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooLarge.json().get("type").asString()).isEqualTo("https://quorum.dev/problems/payload-too-large");
        assertThat(endpoints.calls.get()).isEqualTo(before);
    }

    @Test
    void anonymousCallersWithTheSameKeyNeverSeeEachOthersAnswers() {
        ApiClient anonymous = ApiClient.local(port).withHeader(IdempotencyFilter.HEADER, "1");

        Response first = anonymous.post("/api/public/things", Map.of("name", "school " + UUID.randomUUID()));
        Response other = anonymous.post("/api/public/things", Map.of("name", "school " + UUID.randomUUID()));
        Response sameAgain = anonymous.post(
                "/api/public/things", Map.of("name", first.json().get("name").asString()));

        assertThat(first.status()).isEqualTo(200);
        assertThat(other.status()).as("not 422: another caller's key").isEqualTo(200);
        assertThat(other.header(IdempotencyFilter.REPLAYED)).isNull();
        assertThat(sameAgain.header(IdempotencyFilter.REPLAYED))
                .as("the identical request is a retry")
                .isEqualTo("true");
        assertThat(sameAgain.body()).isEqualTo(first.body());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // Read as ISO-8859-1 text by Tomcat, passes Spring Security's firewall: refused by the filter.
        "cl\u00e9, validation",
        // Its UTF-8 bytes read as ISO-8859-1 hold C1 control characters: refused by the firewall.
        "\u043a\u043b\u044e\u0447, bad-request"
    })
    void aKeyThatIsNotPrintableAsciiIsA400Problem(String nonAsciiKey, String problemType) throws Exception {
        int before = endpoints.calls.get();

        String answer = rawPost("/api/things", "Idempotency-Key: " + nonAsciiKey);

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(answer).contains("\"type\":\"https://quorum.dev/problems/" + problemType + "\"");
        assertThat(endpoints.calls.get()).isEqualTo(before);
    }

    /** A request written byte by byte, since HTTP clients refuse to send a header that is not ASCII. */
    private String rawPost(String path, String header) throws Exception {
        String request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                + "\r\n" + header + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(UTF_8));
            return new String(socket.getInputStream().readAllBytes(), UTF_8);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
