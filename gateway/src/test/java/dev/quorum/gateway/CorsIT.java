package dev.quorum.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.gateway.support.Backends;
import dev.quorum.gateway.support.StubBackend;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Browser front ends on the allow-list call the API; other origins get a 403 problem (ADR 34). */
class CorsIT extends AbstractGatewayIT {

    @Test
    void answersAnAllowedOriginsPreflightWithoutAToken() {
        preflight(FRONT_END, "POST", "Authorization, Content-Type, Idempotency-Key")
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONT_END)
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true")
                .expectHeader()
                .value(
                        HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                        methods -> assertThat(methods).contains("POST"))
                .expectHeader()
                .value(
                        HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                        headers -> assertThat(headers.toLowerCase())
                                .contains("authorization", "content-type", "idempotency-key"));

        assertThat(Backends.COMMITTEE.requestTagged(testId))
                .as("a preflight is the gateway's")
                .isEmpty();
    }

    @Test
    void refusesAPreflightFromAnOriginNotOnTheList() {
        preflight("https://evil.example.net", "POST", "Authorization")
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://quorum.dev/problems/forbidden")
                .jsonPath("$.title")
                .isEqualTo("Origin not allowed")
                .jsonPath("$.traceId")
                .isNotEmpty();

        assertThat(Backends.COMMITTEE.requestTagged(testId)).isEmpty();
    }

    @Test
    void refusesARealRequestFromAnOriginNotOnTheList() {
        get("/api/committees", delegateToken())
                .header(HttpHeaders.ORIGIN, "https://evil.example.net")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Origin not allowed")
                .jsonPath("$.status")
                .isEqualTo(403);

        assertThat(Backends.COMMITTEE.requestTagged(testId)).isEmpty();
    }

    @Test
    void letsAnAllowedOriginReadTheHeadersAFrontEndNeeds() {
        get("/api/committees", delegateToken())
                .header(HttpHeaders.ORIGIN, FRONT_END)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONT_END)
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true")
                .expectHeader()
                .value(
                        HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        exposed ->
                                assertThat(exposed).contains("ETag", "Location", "Retry-After", "Idempotent-Replayed"));

        assertThat(Backends.COMMITTEE.requestTagged(testId)).isPresent();
    }

    @Test
    void stillAsksForATokenOnTheRealRequest() {
        get("/api/committees", null)
                .header(HttpHeaders.ORIGIN, FRONT_END)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONT_END);
    }

    private WebTestClient.ResponseSpec preflight(String origin, String method, String headers) {
        return client.options()
                .uri("/api/committees")
                .header(StubBackend.TEST_ID, testId)
                .header(HttpHeaders.ORIGIN, origin)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, method)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, headers)
                .exchange();
    }
}
