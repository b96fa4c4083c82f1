package dev.quorum.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpenApiConformanceTest {
    private static final String ORIGIN = "http://127.0.0.1:1";
    private static final JsonNode DOCUMENT = JsonMapper.builder().build().readTree("""
            {"openapi": "3.1.0", "paths": {
              "/api/schools": {"post": {"responses": {"201": {}, "400": {}}}},
              "/api/schools/{id}": {"get": {"responses": {"200": {}, "404": {}}},
                                    "delete": {"responses": {"204": {}}}},
              "/api/schools/{id}/statement": {"get": {"responses": {"200": {}}}},
              "/api/schools/mine": {"get": {"responses": {"200": {}}}}
            }}
            """);

    private final OpenApiConformance conformance = OpenApiConformance.of(DOCUMENT);

    @Test
    void documentedAnswersConform() {
        assertThat(conformance.violations(List.of(
                        answer("POST", "/api/schools", 201),
                        answer("POST", "/api/schools", 400),
                        answer("GET", "/api/schools/s-1", 404),
                        answer("DELETE", "/api/schools/s-1", 204))))
                .isEmpty();
    }

    @Test
    void aStatusTheOperationDoesNotListIsAViolation() {
        assertThat(conformance.violations(
                        List.of(answer("POST", "/api/schools", 200), answer("DELETE", "/api/schools/s-1", 200))))
                .containsExactly(
                        "DELETE /api/schools/{id} answered 200, documented: [204]",
                        "POST /api/schools answered 200, documented: [201, 400]");
    }

    @Test
    void aLiteralPathWinsOverATemplateAndTemplatesMatchWholeSegments() {
        assertThat(conformance.templateOf("/api/schools/mine")).contains("/api/schools/mine");
        assertThat(conformance.templateOf("/api/schools/s-1/statement")).contains("/api/schools/{id}/statement");
        assertThat(conformance.templateOf("/api/schools/s-1/other")).isEmpty();
    }

    @Test
    void anUndocumentedEndpointThatAnswersIsAViolationButAMissingOneIsNot() {
        assertThat(conformance.violations(List.of(
                        answer("GET", "/api/hidden", 200),
                        answer("GET", "/api/nothing-here", 404),
                        answer("GET", "/api/nothing-here", 401),
                        answer("PUT", "/api/schools/s-1", 405),
                        answer("GET", "/actuator/health", 200))))
                .containsExactly("GET /api/hidden answered 200 but is not documented");
    }

    @Test
    void reportsTheAnsweredOperationsAndTheDocumentedSuccessCodes() {
        assertThat(conformance.answered(List.of(
                        answer("GET", "/api/schools/s-1", 200),
                        answer("GET", "/api/schools/s-2", 200),
                        answer("GET", "/api/hidden", 200))))
                .containsExactly("GET\t/api/schools/{id}\t200");
        assertThat(conformance.operations()).contains("POST\t/api/schools\t201", "DELETE\t/api/schools/{id}\t204");
    }

    private static ObservedResponse answer(String method, String path, int status) {
        return new ObservedResponse(ORIGIN, method, path, status);
    }
}
