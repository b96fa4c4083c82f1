package dev.quorum.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Problems written by filters carry the trace id that the request's log lines show (ADR 43). */
class ProblemWriterTest {

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    @Test
    void writesTheProblemWithTheTraceIdOfTheLogLines() throws Exception {
        MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        MockHttpServletResponse response = new MockHttpServletResponse();

        ProblemWriter.write(
                response, ProblemWriter.problem(401, ProblemTypes.UNAUTHORIZED, "Unauthorized", "Say \"who\"."));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode body = JsonMapper.shared().readTree(response.getContentAsByteArray());
        assertThat(body.get("type").asString()).isEqualTo(ProblemTypes.UNAUTHORIZED.toString());
        assertThat(body.get("detail").asString()).isEqualTo("Say \"who\".");
        assertThat(body.get("traceId").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void controllersProblemsGetTheTraceIdToo() {
        MDC.put("traceId", "0af7651916cd43dd8448eb211c80319c");

        Object written = new ProblemTraceIdAdvice()
                .beforeBodyWrite(
                        ProblemWriter.problem(
                                409, URI.create("https://quorum.dev/problems/conflict"), "Conflict", null),
                        null,
                        null,
                        null,
                        null,
                        null);

        assertThat(((org.springframework.http.ProblemDetail) written).getProperties())
                .containsEntry("traceId", "0af7651916cd43dd8448eb211c80319c");
    }

    @Test
    void addsNoTraceIdOutsideATrace() {
        assertThat(ProblemWriter.withTraceId(ProblemWriter.problem(400, ProblemTypes.BAD_REQUEST, "Bad", null))
                        .getProperties())
                .isNull();
    }
}
