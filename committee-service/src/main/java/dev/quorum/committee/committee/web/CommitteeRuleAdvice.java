package dev.quorum.committee.committee.web;

import dev.quorum.committee.committee.domain.CommitteeRuleViolation;
import dev.quorum.platform.problem.FieldError;
import dev.quorum.platform.problem.ProblemExceptionHandler;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A committee rule broken by the input is a validation problem naming the field. */
@RestControllerAdvice(assignableTypes = CommitteeController.class)
class CommitteeRuleAdvice {
    @ExceptionHandler(CommitteeRuleViolation.class)
    ResponseEntity<ProblemDetail> rejectInput(CommitteeRuleViolation e) {
        return ResponseEntity.badRequest()
                .body(ProblemExceptionHandler.validationProblem(List.of(new FieldError(e.field(), e.getMessage()))));
    }
}
