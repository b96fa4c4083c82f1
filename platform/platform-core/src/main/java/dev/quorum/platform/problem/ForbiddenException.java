package dev.quorum.platform.problem;

/** Answered with HTTP 403 and type {@link ProblemTypes#FORBIDDEN}. */
public class ForbiddenException extends ApiProblemException {
    public ForbiddenException(String detail) {
        super(403, ProblemTypes.FORBIDDEN, "Forbidden", detail);
    }
}
