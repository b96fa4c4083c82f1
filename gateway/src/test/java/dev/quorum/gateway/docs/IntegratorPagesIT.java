package dev.quorum.gateway.docs;

import dev.quorum.gateway.AbstractGatewayIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The integrators' pages (ADR 37, 38) without a token: the board's and the event page's static
 * files, their folder addresses, and each service's AsyncAPI document and schemas under its name.
 */
class IntegratorPagesIT extends AbstractGatewayIT {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        "/asyncapi/registration.yaml, registration, /asyncapi.yaml",
        "/asyncapi/committee.yaml, committee, /asyncapi.yaml",
        "/asyncapi/voting.yaml, voting, /asyncapi.yaml",
        "/asyncapi/guide.yaml, guide, /asyncapi.yaml",
        "/events/registration/SchoolApplied.v1.schema.json, registration, /events/SchoolApplied.v1.schema.json",
        "/events/committee/SessionChanged.v1.example.json, committee, /events/SessionChanged.v1.example.json",
        "/events/voting/VoteOpened.v1.schema.json, voting, /events/VoteOpened.v1.schema.json",
        "/events/guide/GuidePublished.v1.schema.json, guide, /events/GuidePublished.v1.schema.json"
    })
    void routesEachServicesEventDocumentsUnderItsNameWithoutAToken(String path, String service, String servicePath) {
        get(path, null)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo(service)
                .jsonPath("$.path")
                .isEqualTo(servicePath);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/board/index.html",
                "/board/board.js",
                "/board/sse.js",
                "/board/board.css",
                "/asyncapi/index.html",
                "/asyncapi/asyncapi.js"
            })
    void servesThePagesWithoutAToken(String path) {
        get(path, null).exchange().expectStatus().isOk();
    }

    @Test
    void sendsTheBoardsFolderToItsPageKeepingTheQuery() {
        get("/board/?conference=c1&session=s1", null)
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .valueEquals("Location", "/board/index.html?conference=c1&session=s1");
        get("/asyncapi", null)
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .valueEquals("Location", "/asyncapi/index.html");
    }

    @Test
    void keepsEverythingElseBehindTheToken() {
        get("/api/sessions/s1/stream", null).exchange().expectStatus().isUnauthorized();
        get("/api/committees?conferenceId=c1", null).exchange().expectStatus().isUnauthorized();
    }
}
