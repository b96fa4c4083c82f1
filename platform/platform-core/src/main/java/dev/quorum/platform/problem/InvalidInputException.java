package dev.quorum.platform.problem;

import java.util.List;

/**
 * Input that breaks a business rule which bean validation cannot see (for example an end date
 * before the start date). Answered like any validation problem: 400 with the fields at fault.
 */
public class InvalidInputException extends ApiProblemException {
    private final List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(
                400,
                ProblemTypes.VALIDATION,
                "Validation failed",
                "Invalid fields: "
                        + String.join(
                                ", ", errors.stream().map(FieldError::field).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
