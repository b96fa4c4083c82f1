package dev.quorum.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.gateway.QuorumGatewayProperties.RateLimit;
import dev.quorum.gateway.problem.ProblemWriter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

class RateLimitWebFilterTest {
    private final RateLimitWebFilter filter = new RateLimitWebFilter(
            new RateLimitPolicies(new RateLimit(true, 2, Duration.ofHours(1), 100, Duration.ofHours(2), List.of())),
            new ClientRateLimiters(100, Duration.ofHours(2)),
            new ClientAddressResolver(""),
            new ProblemWriter(JsonMapper.builder().build()));

    @Test
    void countsTokenHoldersBySubjectSoThatTheyDoNotShareTheirAddressesBudget() {
        assertPasses(exchange("delegate-a"));
        assertPasses(exchange("delegate-a"));
        assertRefused(exchange("delegate-a"));

        // Same address, another subject; then the address itself, without a token.
        assertPasses(exchange("delegate-b"));
        assertPasses(exchange(null));
    }

    @Test
    void answersWithRetryAfterInWholeSeconds() {
        assertPasses(exchange(null));
        assertPasses(exchange(null));
        MockServerWebExchange refused = exchange(null);

        assertRefused(refused);
        assertThat(Long.parseLong(refused.getResponse().getHeaders().getFirst("Retry-After")))
                .isBetween(1L, 3600L);
        assertThat(refused.getResponse().getBodyAsString().block())
                .contains("https://quorum.dev/problems/rate-limited");
    }

    @Test
    void countsIpv6ClientsByTheirSlash64SoThatFreshAddressesGetNoFreshBudget() {
        assertPasses(fromPeer("2001:db8:7:7::1"));
        assertPasses(fromPeer("2001:db8:7:7::2"));
        assertRefused(fromPeer("2001:db8:7:7:abcd::3"));

        assertPasses(fromPeer("2001:db8:7:8::1"));
    }

    /** The request went on down the chain, and the filter wrote no status of its own. */
    private void assertPasses(MockServerWebExchange exchange) {
        assertThat(chainCalled(exchange)).as("passed on down the chain").isTrue();
        assertThat(exchange.getResponse().getStatusCode()).isNull();
    }

    /** The chain never saw the request; the client got a 429. */
    private void assertRefused(MockServerWebExchange exchange) {
        assertThat(chainCalled(exchange)).as("passed on down the chain").isFalse();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    private boolean chainCalled(MockServerWebExchange exchange) {
        AtomicBoolean called = new AtomicBoolean();
        filter.filter(exchange, passed -> Mono.fromRunnable(() -> called.set(true)))
                .block();
        return called.get();
    }

    private static MockServerWebExchange fromPeer(String address) {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/votes")
                .remoteAddress(new InetSocketAddress(address, 40000))
                .build());
    }

    private static MockServerWebExchange exchange(String subject) {
        MockServerHttpRequest request = MockServerHttpRequest.get("/api/votes")
                .remoteAddress(new InetSocketAddress("198.51.100.7", 40000))
                .build();
        if (subject == null) {
            return MockServerWebExchange.from(request);
        }
        Jwt jwt = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject(subject)
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .build();
        return MockServerWebExchange.builder(request)
                .principal(new JwtAuthenticationToken(jwt))
                .build();
    }
}
