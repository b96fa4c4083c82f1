package dev.quorum.registration.fee.web;

import dev.quorum.platform.problem.FieldError;
import dev.quorum.platform.problem.ProblemExceptionHandler;
import dev.quorum.registration.fee.domain.PaymentRuleViolation;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A fee rule broken by the input is a validation problem naming the field. */
@RestControllerAdvice(assignableTypes = FeeController.class)
class FeeRuleAdvice {
    @ExceptionHandler(PaymentRuleViolation.class)
    ResponseEntity<ProblemDetail> rejectInput(PaymentRuleViolation e) {
        return ResponseEntity.badRequest()
                .body(ProblemExceptionHandler.validationProblem(List.of(new FieldError(e.field(), e.getMessage()))));
    }
}
