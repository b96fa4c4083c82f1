package dev.quorum.registration.preference.web;

import dev.quorum.platform.problem.FieldError;
import dev.quorum.platform.problem.ProblemExceptionHandler;
import dev.quorum.registration.preference.domain.PreferenceRuleViolation;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A ranking rule broken by the input is a validation problem naming the field. */
@RestControllerAdvice(assignableTypes = PreferenceController.class)
class PreferenceRuleAdvice {
    @ExceptionHandler(PreferenceRuleViolation.class)
    ResponseEntity<ProblemDetail> rejectInput(PreferenceRuleViolation e) {
        return ResponseEntity.badRequest()
                .body(ProblemExceptionHandler.validationProblem(List.of(new FieldError(e.field(), e.getMessage()))));
    }
}
