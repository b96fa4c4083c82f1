package dev.quorum.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.gateway.support.Backends;
import dev.quorum.gateway.support.RecordedRequest;
import dev.quorum.gateway.support.StubBackend;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.MediaType;

class RoutingIT extends AbstractGatewayIT {
    private static final Map<String, StubBackend> BACKENDS = Map.of(
            "registration", Backends.REGISTRATION,
            "committee", Backends.COMMITTEE,
            "voting", Backends.VOTING,
            "guide", Backends.GUIDE);

    @LocalServerPort
    int port;

    @Autowired
    RouteLocator routes;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/api/auth/whoami, registration",
        "/api/conferences, registration",
        "/api/conferences/c1/committees, registration",
        "/api/schools, registration",
        "/api/schools/s1, registration",
        "/api/delegates/d1, registration",
        "/api/allocations/a1, registration",
        "/api/accounts/me, registration",
        "/api/committees, committee",
        "/api/committees/c1, committee",
        "/api/sessions/s1/speakers, committee",
        "/api/votes, voting",
        "/api/votes/v1/ballots, voting",
        "/api/guides, guide",
        "/api/guides/g1, guide",
        "/api/position-papers, guide",
        "/api/position-papers/p1, guide",
        "/api/resolutions/r1, guide"
    })
    void routesEachPathFamilyToItsServiceWithTheCallersToken(String path, String service) {
        String token = delegateToken();

        get(path, token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo(service);

        RecordedRequest received = BACKENDS.get(service).requestTagged(testId).orElseThrow();
        assertThat(received.path()).isEqualTo(path);
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void passesNoClientWrittenForwardedHeadersButKeepsTheHostSoServiceLinksPointAtTheGateway() {
        get("/api/committees/c1", delegateToken())
                .header("X-Forwarded-For", "1.2.3.4")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .exchange()
                .expectStatus()
                .isOk();

        // By default no peer is a trusted proxy, so nothing a client claims about itself goes on.
        RecordedRequest received = Backends.COMMITTEE.requestTagged(testId).orElseThrow();
        assertThat(received.header("X-Forwarded-For")).isNull();
        assertThat(received.header("X-Forwarded-Host")).isNull();
        assertThat(received.header("X-Forwarded-Proto")).isNull();
        assertThat(received.header("Host")).isEqualTo("localhost:" + port);
    }

    @Test
    void proxiesEachServicesOpenApiDocumentUnderItsName() {
        get("/v3/api-docs/registration", null)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.info.title")
                .isEqualTo("registration");

        assertThat(Backends.REGISTRATION.requestTagged(testId).orElseThrow().path())
                .isEqualTo("/v3/api-docs");
    }

    @Test
    void servesOneSwaggerUiListingTheFourServices() {
        get("/v3/api-docs/swagger-config", null)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.urls[*].url")
                .value(urls -> assertThat(urls)
                        .asInstanceOf(InstanceOfAssertFactories.LIST)
                        .containsExactlyInAnyOrder(
                                "/v3/api-docs/registration",
                                "/v3/api-docs/committee",
                                "/v3/api-docs/voting",
                                "/v3/api-docs/guide"));
        get("/swagger-ui.html", null).exchange().expectStatus().is3xxRedirection();
    }

    @Test
    void answersUnknownPathsWithANotFoundProblem() {
        get("/api/nothing-here", delegateToken())
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://quorum.dev/problems/not-found")
                .jsonPath("$.status")
                .isEqualTo(404)
                .jsonPath("$.trace")
                .doesNotExist();
    }

    @Test
    void exemptsEveryEventStreamRouteFromTheResponseTimeout() {
        var streamRoutes = routes.getRoutes()
                .filter(route -> route.getId().endsWith("-stream"))
                .collectList()
                .block();

        assertThat(streamRoutes).extracting(Route::getId).hasSize(4);
        assertThat(streamRoutes).allSatisfy(route -> {
            assertThat(String.valueOf(route.getMetadata().get("response-timeout")))
                    .isEqualTo("-1");
            assertThat(route.getFilters()).noneMatch(f -> f.toString().contains("CircuitBreaker"));
        });
    }

    @Test
    void retriesAReadThatTheServiceAnsweredWith503() {
        get("/api/committees/flaky", delegateToken()).exchange().expectStatus().isOk();

        assertThat(Backends.COMMITTEE.countTagged(testId)).isEqualTo(2);
    }

    @Test
    void passesAServiceErrorThroughWithoutRetrying() {
        get("/api/committees/broken", delegateToken()).exchange().expectStatus().isEqualTo(500);

        assertThat(Backends.COMMITTEE.countTagged(testId)).isEqualTo(1);
    }

    @Test
    void neverRetriesAWrite() {
        client.post()
                .uri("/api/committees/flaky")
                .header(StubBackend.TEST_ID, testId)
                .header("Authorization", "Bearer " + delegateToken())
                .exchange()
                .expectStatus()
                .isEqualTo(503);

        assertThat(Backends.COMMITTEE.countTagged(testId)).isEqualTo(1);
    }
}
