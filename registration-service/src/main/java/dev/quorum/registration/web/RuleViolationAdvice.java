package dev.quorum.registration.web;

import dev.quorum.platform.problem.FieldError;
import dev.quorum.platform.problem.ProblemExceptionHandler;
import dev.quorum.platform.problem.ProblemTypes;
import dev.quorum.registration.domain.RuleViolation;
import dev.quorum.registration.school.domain.SchoolStateConflict;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Domain rules broken by the input are validation problems naming the field, whichever endpoint
 * reached the rule (an application meets the conference's rules too); moves a school's state
 * forbids are conflicts.
 */
@RestControllerAdvice
class RuleViolationAdvice {
    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> rejectInput(RuleViolation e) {
        return ResponseEntity.badRequest()
                .body(ProblemExceptionHandler.validationProblem(List.of(new FieldError(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(SchoolStateConflict.class)
    ResponseEntity<ProblemDetail> conflict(SchoolStateConflict e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(ProblemTypes.CONFLICT);
        problem.setTitle("Conflict");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
