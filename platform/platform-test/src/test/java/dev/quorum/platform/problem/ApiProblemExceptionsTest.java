package dev.quorum.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiProblemExceptionsTest {

    @Test
    void eachExpectedFailureCarriesItsStatusTypeTitleAndDetail() {
        assertProblem(new NotFoundException("no such school"), 404, ProblemTypes.NOT_FOUND, "Not found");
        assertProblem(new ForbiddenException("not yours"), 403, ProblemTypes.FORBIDDEN, "Forbidden");
        assertProblem(new ConflictException("already withdrawn"), 409, ProblemTypes.CONFLICT, "Conflict");
        assertProblem(
                new PreconditionFailedException("version 3 is current"),
                412,
                ProblemTypes.PRECONDITION_FAILED,
                "Precondition failed");
        assertProblem(
                new ServiceBusyException("queue full", Duration.ofSeconds(3)),
                503,
                ProblemTypes.UNAVAILABLE,
                "Service busy");
    }

    @Test
    void theDetailIsTheMessage() {
        assertThat(new NotFoundException("no such school")).hasMessage("no such school");
        assertThat(new ServiceBusyException("queue full", Duration.ofSeconds(3)))
                .hasMessage("queue full");
    }

    @Test
    void onlyFailuresThatMaySucceedWhenRepeatedSayWhenToRetry() {
        assertThat(new ConflictException("already withdrawn").retryAfter()).isEmpty();
        assertThat(new NotFoundException("gone").retryAfter()).isEmpty();
        assertThat(new TransientConflictException("seat briefly locked").retryAfter())
                .contains(Duration.ofSeconds(1));
        assertThat(new ServiceBusyException("queue full", Duration.ofSeconds(7)).retryAfter())
                .contains(Duration.ofSeconds(7));
    }

    @Test
    void aTransientConflictIsAConflict() {
        assertProblem(new TransientConflictException("lost a race"), 409, ProblemTypes.CONFLICT, "Conflict");
    }

    @Test
    void invalidInputNamesEveryFieldAtFault() {
        InvalidInputException one = new InvalidInputException("endDate", "must not be before startDate");
        InvalidInputException two = new InvalidInputException(
                List.of(new FieldError("name", "must not be blank"), new FieldError("size", "too large")));

        assertProblem(one, 400, ProblemTypes.VALIDATION, "Validation failed");
        assertThat(one.getMessage()).isEqualTo("Invalid fields: endDate");
        assertThat(one.errors()).containsExactly(new FieldError("endDate", "must not be before startDate"));
        assertThat(two.getMessage()).isEqualTo("Invalid fields: name, size");
        assertThat(two.errors()).extracting(FieldError::field).containsExactly("name", "size");
    }

    private static void assertProblem(ApiProblemException problem, int status, URI type, String title) {
        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.type()).isEqualTo(type);
        assertThat(problem.title()).isEqualTo(title);
    }
}
