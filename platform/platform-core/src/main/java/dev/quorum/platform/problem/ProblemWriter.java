package dev.quorum.platform.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The servlet services' one way to give a problem response its final form: every problem carries
 * the request's {@value #TRACE_ID} (ADR 43), and filters that answer before any controller runs
 * (security, idempotency) write the same JSON that controllers' problems get from Spring MVC.
 */
public final class ProblemWriter {
    /** The problem property with the trace id that the request's log lines show. */
    public static final String TRACE_ID = "traceId";

    /** Boot's log correlation keeps the current trace id under this MDC key. */
    private static final String MDC_TRACE_ID = "traceId";

    private ProblemWriter() {}

    /** Adds the current trace id, when there is one, to {@code problem}. */
    public static ProblemDetail withTraceId(ProblemDetail problem) {
        // The MDC is what the log lines print, so the id in the answer is the one an operator greps.
        String traceId = MDC.get(MDC_TRACE_ID);
        if (traceId != null && !traceId.isEmpty()) {
            problem.setProperty(TRACE_ID, traceId);
        }
        return problem;
    }

    /** A problem with the given status, type, title and detail. */
    public static ProblemDetail problem(int status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type);
        problem.setTitle(title);
        problem.setDetail(detail);
        return problem;
    }

    /**
     * Writes {@code problem}, with the current trace id, as the whole response. Serialized by
     * Jackson, so any text in it is escaped; the shape is the one Spring MVC writes (RFC 9457
     * members, then extension members at the top level).
     */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        withTraceId(problem);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JsonMapper.shared().writeValueAsBytes(body));
    }
}
