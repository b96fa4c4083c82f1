package dev.quorum.registration.school.web;

import dev.quorum.platform.problem.FieldError;
import dev.quorum.platform.problem.ProblemExceptionHandler;
import dev.quorum.platform.problem.ProblemTypes;
import dev.quorum.registration.school.domain.SchoolRuleViolation;
import dev.quorum.registration.school.domain.SchoolStateConflict;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** School rules broken by the input are validation problems; moves its state forbids are conflicts. */
@RestControllerAdvice(assignableTypes = SchoolController.class)
class SchoolRuleAdvice {
    @ExceptionHandler(SchoolRuleViolation.class)
    ResponseEntity<ProblemDetail> rejectInput(SchoolRuleViolation e) {
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
