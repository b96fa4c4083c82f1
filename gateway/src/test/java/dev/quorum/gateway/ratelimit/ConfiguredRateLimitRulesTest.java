package dev.quorum.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.gateway.QuorumGatewayProperties;
import dev.quorum.gateway.QuorumGatewayProperties.KeyType;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

/** The rules the gateway ships with, read from its own application.yml. */
class ConfiguredRateLimitRulesTest {

    @Test
    void anonymousApplicationsHaveAStrictRuleOfTheirOwnByAddress() throws Exception {
        RateLimitPolicies policies = new RateLimitPolicies(shippedProperties().rateLimit());

        RateLimitPolicy apply =
                policies.policyFor(MockServerHttpRequest.post("/api/schools").build());

        assertThat(apply.name()).isEqualTo("applications");
        assertThat(apply.key()).isEqualTo(KeyType.ADDRESS);
        assertThat(apply.requests()).isEqualTo(5);
        assertThat(apply.period()).isEqualTo(Duration.ofSeconds(60));
        assertThat(policies.policyFor(MockServerHttpRequest.get("/api/schools").build())
                        .name())
                .as("reading schools is not applying")
                .isEqualTo("default");
    }

    private static QuorumGatewayProperties shippedProperties() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader()
                .load("application", new ClassPathResource("application.yml"))
                .forEach(source -> environment.getPropertySources().addLast(source));
        return new Binder(
                        ConfigurationPropertySources.get(environment),
                        new org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver(
                                environment))
                .bind("quorum.gateway", QuorumGatewayProperties.class)
                .get();
    }
}
