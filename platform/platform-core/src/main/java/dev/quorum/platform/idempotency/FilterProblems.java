package dev.quorum.platform.idempotency;

import dev.quorum.platform.problem.ProblemTypes;
import dev.quorum.platform.problem.ProblemWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;

/**
 * The problem responses the filter answers itself, before any controller runs (so the platform's
 * exception handler never sees them), written by the platform's {@link ProblemWriter}.
 */
final class FilterProblems {
    private FilterProblems() {}

    static void invalidKey(HttpServletResponse response) throws IOException {
        write(
                response,
                400,
                ProblemTypes.VALIDATION,
                "Invalid Idempotency-Key",
                "The Idempotency-Key header must be 1 to " + IdempotencyFilter.MAX_KEY_LENGTH
                        + " printable ASCII characters (a UUID, say).");
    }

    static void bodyTooLarge(HttpServletResponse response, long maxBytes) throws IOException {
        write(
                response,
                413,
                ProblemTypes.PAYLOAD_TOO_LARGE,
                "Payload too large",
                "A request with an Idempotency-Key may carry at most " + maxBytes + " bytes.");
    }

    static void keyReused(HttpServletResponse response) throws IOException {
        write(
                response,
                422,
                ProblemTypes.IDEMPOTENCY_KEY_REUSED,
                "Idempotency-Key reused",
                "This Idempotency-Key was used for a different request.");
    }

    static void inProgress(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        write(
                response,
                409,
                ProblemTypes.CONFLICT,
                "Request in progress",
                "A request with this Idempotency-Key is still being processed; retry after the time in Retry-After.");
    }

    private static void write(HttpServletResponse response, int status, URI type, String title, String detail)
            throws IOException {
        ProblemWriter.write(response, ProblemWriter.problem(status, type, title, detail));
    }
}
