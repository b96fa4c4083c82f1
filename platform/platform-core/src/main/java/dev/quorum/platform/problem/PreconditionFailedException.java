package dev.quorum.platform.problem;

/**
 * Answered with HTTP 412 and type {@link ProblemTypes#PRECONDITION_FAILED}: the request's
 * {@code If-Match} names a version that is no longer current, so nothing was changed.
 */
public class PreconditionFailedException extends ApiProblemException {
    public PreconditionFailedException(String detail) {
        super(412, ProblemTypes.PRECONDITION_FAILED, "Precondition failed", detail);
    }
}
