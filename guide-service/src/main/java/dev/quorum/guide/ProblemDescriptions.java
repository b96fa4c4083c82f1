package dev.quorum.guide;

/** Problem descriptions several operations share in their OpenAPI documentation. */
public final class ProblemDescriptions {
    /**
     * Reads of published guides need no token (public conferences), so the platform does not list
     * 401 for them; a token that is sent is still checked.
     */
    public static final String BAD_TOKEN =
            "A bearer token was sent but is invalid or expired (sending none is allowed).";

    private ProblemDescriptions() {}
}
