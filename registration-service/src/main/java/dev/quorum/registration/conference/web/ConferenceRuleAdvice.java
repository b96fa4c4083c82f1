package dev.quorum.registration.conference.web;

import dev.quorum.platform.problem.FieldError;
import dev.quorum.platform.problem.ProblemExceptionHandler;
import dev.quorum.registration.conference.domain.ConferenceRuleViolation;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A conference rule broken by the input is a validation problem naming the field. */
@RestControllerAdvice(assignableTypes = ConferenceController.class)
class ConferenceRuleAdvice {
    @ExceptionHandler(ConferenceRuleViolation.class)
    ResponseEntity<ProblemDetail> rejectInput(ConferenceRuleViolation e) {
        return ResponseEntity.badRequest()
                .body(ProblemExceptionHandler.validationProblem(List.of(new FieldError(e.field(), e.getMessage()))));
    }
}
