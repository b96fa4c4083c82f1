package dev.quorum.platform.problem;

/** Answered with HTTP 404 and type {@link ProblemTypes#NOT_FOUND}. */
public class NotFoundException extends ApiProblemException {
    public NotFoundException(String detail) {
        super(404, ProblemTypes.NOT_FOUND, "Not found", detail);
    }
}
