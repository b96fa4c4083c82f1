package dev.quorum.gateway;

import dev.quorum.gateway.support.Backends;
import dev.quorum.gateway.support.StubBackend;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a random port in front of the four stub services. Subclasses share one
 * application context. Each test gets a fresh {@link #testId} to find its own requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
public abstract class AbstractGatewayIT {
    static final int SIGN_IN_LIMIT = 3;
    static final String FRONT_END = "https://board.example.org";
    private static final AtomicInteger ADDRESSES_HANDED_OUT = new AtomicInteger();

    @Autowired
    protected WebTestClient client;

    protected String testId;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("REGISTRATION_SERVICE_URL", Backends.REGISTRATION::url);
        registry.add("COMMITTEE_SERVICE_URL", Backends.COMMITTEE::url);
        registry.add("VOTING_SERVICE_URL", Backends.VOTING::url);
        registry.add("GUIDE_SERVICE_URL", Backends.GUIDE::url);
        registry.add("QUORUM_JWKS_URI", () -> Backends.REGISTRATION.url() + "/.well-known/jwks.json");
        registry.add("GATEWAY_RESPONSE_TIMEOUT", () -> "2s");
        registry.add("GATEWAY_CREDENTIALS_RESPONSE_TIMEOUT_MS", () -> "20000");
        registry.add("GATEWAY_MAX_REQUEST_SIZE", () -> "1KB");
        registry.add("GATEWAY_SIGN_IN_LIMIT_REQUESTS", () -> SIGN_IN_LIMIT);
        registry.add("GATEWAY_SIGN_IN_LIMIT_PERIOD", () -> "1h");
        registry.add("GATEWAY_CORS_ALLOWED_ORIGINS", () -> "https://other.example.org, " + FRONT_END);
    }

    @BeforeEach
    void newTestId() {
        testId = UUID.randomUUID().toString();
    }

    protected WebTestClient.RequestHeadersSpec<?> get(String path, String token) {
        WebTestClient.RequestHeadersSpec<?> spec = client.get().uri(path).header(StubBackend.TEST_ID, testId);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    /** A sign-in attempt whose {@code X-Forwarded-For} says whatever the caller likes. */
    protected WebTestClient.ResponseSpec signIn(String forwardedFor) {
        return client.post()
                .uri("/api/auth/token")
                .header(StubBackend.TEST_ID, testId)
                .header("X-Forwarded-For", forwardedFor)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"chair\",\"password\":\"guess\"}")
                .exchange();
    }

    /**
     * An address from TEST-NET-3 (RFC 5737) that no earlier call in this JVM returned, so that no two
     * tests share a rate-limit budget by chance (random picks in a /24 collide once in 254).
     */
    protected static String freshDocumentationAddress() {
        int n = ADDRESSES_HANDED_OUT.incrementAndGet();
        if (n > 254) {
            throw new IllegalStateException("TEST-NET-3 has only 254 host addresses");
        }
        return "203.0.113." + n;
    }

    protected static String delegateToken() {
        return Backends.TOKENS.valid("delegate-1", "DELEGATE");
    }
}
