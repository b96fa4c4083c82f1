package dev.quorum.platform.problem;

import java.net.URI;

/**
 * The stable {@code type} URIs of Quorum's RFC 9457 problem responses. Clients switch on these,
 * never on the human-readable {@code title} or {@code detail}.
 */
public final class ProblemTypes {
    private static final String BASE = "https://quorum.dev/problems/";

    public static final URI VALIDATION = URI.create(BASE + "validation");
    public static final URI BAD_REQUEST = URI.create(BASE + "bad-request");
    public static final URI UNAUTHORIZED = URI.create(BASE + "unauthorized");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    public static final URI PRECONDITION_FAILED = URI.create(BASE + "precondition-failed");
    public static final URI IDEMPOTENCY_KEY_REUSED = URI.create(BASE + "idempotency-key-reused");
    public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");
    public static final URI URI_TOO_LONG = URI.create(BASE + "uri-too-long");
    public static final URI HEADERS_TOO_LARGE = URI.create(BASE + "headers-too-large");
    public static final URI RATE_LIMITED = URI.create(BASE + "rate-limited");
    public static final URI UNAVAILABLE = URI.create(BASE + "unavailable");
    public static final URI TIMEOUT = URI.create(BASE + "timeout");
    public static final URI UNEXPECTED = URI.create(BASE + "unexpected");

    private ProblemTypes() {}
}
