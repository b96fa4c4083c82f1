package dev.quorum.guide.guide.application;

import dev.quorum.platform.problem.ApiProblemException;
import java.net.URI;

/**
 * Answered with HTTP 428 (RFC 6585): a change to a draft must name the version it was made on in
 * {@code If-Match}, so that no edit silently overwrites another.
 */
public class PreconditionRequiredException extends ApiProblemException {
    public static final URI TYPE = URI.create("https://quorum.dev/problems/precondition-required");

    public PreconditionRequiredException() {
        super(
                428,
                TYPE,
                "Precondition required",
                "Send If-Match with the ETag of the draft you edited (GET .../draft gives it).");
    }
}
