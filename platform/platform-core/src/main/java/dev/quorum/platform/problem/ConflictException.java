package dev.quorum.platform.problem;

/** Answered with HTTP 409 and type {@link ProblemTypes#CONFLICT}. */
public class ConflictException extends ApiProblemException {
    public ConflictException(String detail) {
        super(409, ProblemTypes.CONFLICT, "Conflict", detail);
    }
}
