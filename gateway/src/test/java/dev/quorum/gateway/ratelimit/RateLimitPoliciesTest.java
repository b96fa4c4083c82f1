package dev.quorum.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.gateway.QuorumGatewayProperties.KeyType;
import dev.quorum.gateway.QuorumGatewayProperties.RateLimit;
import dev.quorum.gateway.QuorumGatewayProperties.Rule;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class RateLimitPoliciesTest {
    private final RateLimitPolicies policies = new RateLimitPolicies(new RateLimit(
            true,
            200,
            Duration.ofSeconds(1),
            1000,
            Duration.ofMinutes(10),
            List.of(new Rule(
                    "sign-in", HttpMethod.POST, "/api/auth/token", 10, Duration.ofSeconds(10), KeyType.ADDRESS))));

    @Test
    void countsSignInsAgainstTheStricterRuleByAddress() {
        RateLimitPolicy policy =
                policies.policyFor(MockServerHttpRequest.post("/api/auth/token").build());

        assertThat(policy.name()).isEqualTo("sign-in");
        assertThat(policy.requests()).isEqualTo(10);
        assertThat(policy.key()).isEqualTo(KeyType.ADDRESS);
    }

    @Test
    void countsEverythingElseAgainstTheDefaultByClient() {
        RateLimitPolicy policy =
                policies.policyFor(MockServerHttpRequest.get("/api/auth/token").build());

        assertThat(policy.name()).isEqualTo("default");
        assertThat(policy.requests()).isEqualTo(200);
        assertThat(policy.key()).isEqualTo(KeyType.CLIENT);
    }
}
