package dev.quorum.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.gateway.QuorumGatewayProperties.RateLimit;
import dev.quorum.gateway.problem.ProblemWriter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
        assertThat(statusOf(exchange("delegate-a"))).isNull();
        assertThat(statusOf(exchange("delegate-a"))).isNull();
        assertThat(statusOf(exchange("delegate-a"))).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        // Same address, another subject; then the address itself, without a token.
        assertThat(statusOf(exchange("delegate-b"))).isNull();
        assertThat(statusOf(exchange(null))).isNull();
    }

    @Test
    void answersWithRetryAfterInWholeSeconds() {
        statusOf(exchange(null));
        statusOf(exchange(null));
        MockServerWebExchange refused = exchange(null);

        assertThat(statusOf(refused)).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(Long.parseLong(refused.getResponse().getHeaders().getFirst("Retry-After")))
                .isBetween(1L, 3600L);
        assertThat(refused.getResponse().getBodyAsString().block())
                .contains("https://quorum.dev/problems/rate-limited");
    }

    @Test
    void countsIpv6ClientsByTheirSlash64SoThatFreshAddressesGetNoFreshBudget() {
        assertThat(statusOf(fromPeer("2001:db8:7:7::1"))).isNull();
        assertThat(statusOf(fromPeer("2001:db8:7:7::2"))).isNull();
        assertThat(statusOf(fromPeer("2001:db8:7:7:abcd::3"))).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        assertThat(statusOf(fromPeer("2001:db8:7:8::1"))).isNull();
    }

    private HttpStatus statusOf(MockServerWebExchange exchange) {
        filter.filter(exchange, passed -> Mono.empty()).block();
        return (HttpStatus) exchange.getResponse().getStatusCode();
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
