package dev.quorum.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.gateway.support.Backends;
import dev.quorum.gateway.support.RedisServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two gateway instances with {@code GATEWAY_RATE_LIMIT_STORE=redis} and one Redis share each
 * client's budget (ADR 35). Starts {@code redis-server} from the PATH; skipped where it is missing.
 */
class SharedRateLimitIT {
    private static final int LIMIT = 4;

    private static RedisServer redis;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startRedisAndTwoGateways() throws Exception {
        Optional<Path> executable = RedisServer.executable();
        Assumptions.assumeTrue(
                executable.isPresent(),
                "redis-server is not on the PATH (apt-get install redis-server): shared rate limits not tested");
        redis = RedisServer.start(executable.get());
        first = gateway();
        second = gateway();
        fetchKeys(first);
        fetchKeys(second);
    }

    /**
     * Each instance fetches the signing keys on its first token, with a 500 ms read timeout that a
     * loaded CI machine can miss (502). Done here, with throw-away subjects, so the test counts only
     * its own client's requests.
     */
    private static void fetchKeys(ConfigurableApplicationContext gateway) throws Exception {
        int status = 0;
        for (int attempt = 0; attempt < 10 && status != 200; attempt++) {
            status = get(gateway, Backends.TOKENS.valid("key-fetch-" + attempt, "DELEGATE"));
        }
        assertThat(status).as("a gateway's first authenticated request").isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {first, second, redis}) {
            if (closeable != null) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    @Test
    void twoInstancesShareOneClientsBudget() throws Exception {
        String token = Backends.TOKENS.valid("shared-budget-delegate", "DELEGATE");

        assertThat(get(first, token)).isEqualTo(200);
        assertThat(get(second, token)).isEqualTo(200);
        assertThat(get(first, token)).isEqualTo(200);
        assertThat(get(second, token)).isEqualTo(200);
        assertThat(get(first, token))
                .as("the budget of %d is spent across both instances", LIMIT)
                .isEqualTo(429);
        assertThat(get(second, token)).isEqualTo(429);

        String someoneElse = Backends.TOKENS.valid("another-delegate", "DELEGATE");
        assertThat(get(second, someoneElse)).isEqualTo(200);
    }

    private static int get(ConfigurableApplicationContext gateway, String token) throws Exception {
        int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/committees"))
                .header("Authorization", "Bearer " + token)
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static ConfigurableApplicationContext gateway() {
        // Command-line arguments: they come before application.yml's own defaults.
        return new SpringApplicationBuilder(GatewayApplication.class)
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--REGISTRATION_SERVICE_URL=" + Backends.REGISTRATION.url(),
                        "--COMMITTEE_SERVICE_URL=" + Backends.COMMITTEE.url(),
                        "--VOTING_SERVICE_URL=" + Backends.VOTING.url(),
                        "--GUIDE_SERVICE_URL=" + Backends.GUIDE.url(),
                        "--QUORUM_JWKS_URI=" + Backends.REGISTRATION.url() + "/.well-known/jwks.json",
                        "--GATEWAY_RATE_LIMIT_STORE=redis",
                        "--GATEWAY_REDIS_URL=" + redis.url(),
                        // Generous: a slow shared machine must not let a window end mid-test.
                        "--GATEWAY_REDIS_TIMEOUT=5s",
                        "--GATEWAY_RATE_LIMIT_REQUESTS=" + LIMIT,
                        "--GATEWAY_RATE_LIMIT_PERIOD=1h");
    }
}
