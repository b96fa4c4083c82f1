package dev.quorum.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.gateway.support.Backends;
import dev.quorum.gateway.support.StubBackend;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;

class SecurityIT extends AbstractGatewayIT {
    @Autowired
    ApplicationContext context;

    static Stream<Arguments> unacceptableTokens() {
        return Stream.of(
                Arguments.of("no token", (Function<String, String>) subject -> null),
                Arguments.of("wrong signature", (Function<String, String>) Backends.TOKENS::wrongSignature),
                Arguments.of("expired", (Function<String, String>) Backends.TOKENS::expired),
                Arguments.of("wrong issuer", (Function<String, String>) Backends.TOKENS::wrongIssuer),
                Arguments.of("not a JWT", (Function<String, String>) subject -> "garbage"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unacceptableTokens")
    void refusesAProtectedPathWithAnUnauthorizedProblem(String why, Function<String, String> token) {
        expectProblem(get("/api/committees", token.apply("delegate-1")).exchange(), 401, "unauthorized")
                .expectHeader()
                .valueMatches("WWW-Authenticate", "Bearer.*");

        assertThat(Backends.COMMITTEE.requestTagged(testId)).isEmpty();
    }

    @Test
    void letsAnonymousClientsSignInFetchKeysAndApplyAsASchool() {
        client.post()
                .uri("/api/auth/token")
                .header(StubBackend.TEST_ID, testId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isOk();
        get("/.well-known/jwks.json", null)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.keys")
                .isArray();
        client.post()
                .uri("/api/schools")
                .header(StubBackend.TEST_ID, testId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(Backends.REGISTRATION.countTagged(testId)).isEqualTo(3);
    }

    @Test
    void letsGuideReadsThroughWithoutATokenButNotGuideWrites() {
        get("/api/guides/g1", null).exchange().expectStatus().isOk();
        expectProblem(
                client.post()
                        .uri("/api/guides/g1/publish")
                        .header(StubBackend.TEST_ID, testId)
                        .exchange(),
                401,
                "unauthorized");

        assertThat(Backends.GUIDE.countTagged(testId)).isEqualTo(1);
    }

    @Test
    void keepsListingSchoolsForTokenHolders() {
        expectProblem(get("/api/schools", null).exchange(), 401, "unauthorized");
    }

    @Test
    void refusesPathTraversalTowardsAServicesActuator() {
        expectProblem(
                client.get()
                        .uri(builder ->
                                builder.path("/api/auth/../../actuator/env").build())
                        .header(StubBackend.TEST_ID, testId)
                        .exchange(),
                400,
                "bad-request");

        assertThat(Backends.REGISTRATION.requestTagged(testId)).isEmpty();
    }

    @Test
    void setsSecurityHeadersOnProxiedAnswers() {
        get("/api/guides/g1", delegateToken())
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY")
                .expectHeader()
                .valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader()
                .exists("Cache-Control");
    }

    @Test
    void believesForwardedHeadersOnlyFromTrustedProxies() {
        // Spring's transformer would rewrite the peer address from any client's X-Forwarded-For
        // before the gateway's trusted-proxies check and the rate limiter look at it.
        assertThat(context.getBeanProvider(ForwardedHeaderTransformer.class).getIfAvailable())
                .isNull();
    }

    static WebTestClient.ResponseSpec expectProblem(WebTestClient.ResponseSpec response, int status, String type) {
        response.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://quorum.dev/problems/" + type)
                .jsonPath("$.status")
                .isEqualTo(status)
                .jsonPath("$.title")
                .isNotEmpty()
                .jsonPath("$.detail")
                .isNotEmpty();
        return response;
    }
}
