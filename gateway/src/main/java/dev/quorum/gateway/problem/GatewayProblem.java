package dev.quorum.gateway.problem;

import dev.quorum.platform.problem.ProblemTypes;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * An RFC 9457 problem that the gateway itself answers with, plus the {@code Retry-After} it
 * advertises (null for none).
 */
public record GatewayProblem(HttpStatusCode status, URI type, String title, String detail, Duration retryAfter) {

    public static GatewayProblem unauthorized() {
        return new GatewayProblem(
                HttpStatus.UNAUTHORIZED,
                ProblemTypes.UNAUTHORIZED,
                "Unauthorized",
                "A valid bearer token is required.",
                null);
    }

    public static GatewayProblem forbidden() {
        return new GatewayProblem(
                HttpStatus.FORBIDDEN,
                ProblemTypes.FORBIDDEN,
                "Forbidden",
                "You may not do this with your token.",
                null);
    }

    /** A browser request from an origin not on the allow-list (ADR 34), preflight or real. */
    public static GatewayProblem originNotAllowed() {
        return new GatewayProblem(
                HttpStatus.FORBIDDEN,
                ProblemTypes.FORBIDDEN,
                "Origin not allowed",
                "Browser applications on this origin may not call the API; the operator lists allowed "
                        + "origins in GATEWAY_CORS_ALLOWED_ORIGINS.",
                null);
    }

    public static GatewayProblem rejected() {
        return new GatewayProblem(
                HttpStatus.BAD_REQUEST,
                ProblemTypes.BAD_REQUEST,
                "Bad request",
                "The request path or headers contain characters this API does not accept.",
                null);
    }

    public static GatewayProblem rateLimited(Duration retryAfter) {
        return new GatewayProblem(
                HttpStatus.TOO_MANY_REQUESTS,
                ProblemTypes.RATE_LIMITED,
                "Too many requests",
                "You sent too many requests; try again after the time in Retry-After.",
                retryAfter);
    }

    public static GatewayProblem unavailable(Duration retryAfter) {
        return new GatewayProblem(
                HttpStatus.SERVICE_UNAVAILABLE,
                ProblemTypes.UNAVAILABLE,
                "Service unavailable",
                "The service behind this path cannot answer right now; try again after the time in Retry-After.",
                retryAfter);
    }

    public static GatewayProblem badGateway() {
        return new GatewayProblem(
                HttpStatus.BAD_GATEWAY,
                ProblemTypes.UNAVAILABLE,
                "Bad gateway",
                "The service behind this path broke off its answer.",
                null);
    }

    public static GatewayProblem timeout() {
        return new GatewayProblem(
                HttpStatus.GATEWAY_TIMEOUT,
                ProblemTypes.TIMEOUT,
                "Gateway timeout",
                "The service behind this path did not answer in time.",
                null);
    }

    public static GatewayProblem tooLarge(long maxBytes) {
        return new GatewayProblem(
                HttpStatus.CONTENT_TOO_LARGE,
                ProblemTypes.PAYLOAD_TOO_LARGE,
                "Request too large",
                "The request body is larger than the " + maxBytes + " bytes this API accepts.",
                null);
    }

    public static GatewayProblem uriTooLong(long maxLength) {
        return new GatewayProblem(
                HttpStatus.URI_TOO_LONG,
                ProblemTypes.URI_TOO_LONG,
                "URI too long",
                "The request path and query are longer than the " + maxLength + " characters this API accepts.",
                null);
    }

    public static GatewayProblem headersTooLarge(long maxBytes) {
        return new GatewayProblem(
                HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                ProblemTypes.HEADERS_TOO_LARGE,
                "Request headers too large",
                "The request line and headers are larger than the " + maxBytes + " bytes this API accepts.",
                null);
    }

    public static GatewayProblem unexpected(String incident) {
        return new GatewayProblem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemTypes.UNEXPECTED,
                "Unexpected error",
                "Something went wrong on our side (incident " + incident + ").",
                null);
    }

    /** A problem for a status that a framework component chose, such as 404 for an unknown path. */
    public static GatewayProblem forStatus(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known == null ? "Error " + status.value() : known.getReasonPhrase();
        return new GatewayProblem(status, typeFor(status), title, detailFor(status), null);
    }

    /** The JSON members, in the order RFC 9457 lists them; no {@code instance} when it is null. */
    public Map<String, Object> body(String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.toString());
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        return body;
    }

    /** Whole seconds, rounded up, as {@code Retry-After} wants them. */
    public String retryAfterSeconds() {
        long millis = retryAfter.toMillis();
        return Long.toString(Math.max(1, (millis + 999) / 1000));
    }

    private static URI typeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 401 -> ProblemTypes.UNAUTHORIZED;
            case 403 -> ProblemTypes.FORBIDDEN;
            case 404 -> ProblemTypes.NOT_FOUND;
            case 409 -> ProblemTypes.CONFLICT;
            case 429 -> ProblemTypes.RATE_LIMITED;
            case 502, 503, 504 -> ProblemTypes.UNAVAILABLE;
            default -> status.is5xxServerError() ? ProblemTypes.UNEXPECTED : ProblemTypes.BAD_REQUEST;
        };
    }

    private static String detailFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "No API resource lives at this path.";
            case 405 -> "This path does not accept this HTTP method.";
            default ->
                status.is5xxServerError() ? "The gateway could not complete the request." : "The request is not valid.";
        };
    }
}
