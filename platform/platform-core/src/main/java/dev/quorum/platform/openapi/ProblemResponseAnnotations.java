package dev.quorum.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Adds the {@link ProblemResponse}s of a handler method to its operation; {@link
 * ProblemResponsesCustomizer} then gives them the Problem body and adds the derived ones.
 */
public class ProblemResponseAnnotations implements GlobalOperationCustomizer {
    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        var declared = AnnotatedElementUtils.findMergedRepeatableAnnotations(
                handlerMethod.getMethod(), ProblemResponse.class, ProblemResponses.class);
        if (declared.isEmpty()) {
            return operation;
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        declared.forEach(problem -> responses.addApiResponse(
                Integer.toString(problem.status()), new ApiResponse().description(problem.description())));
        return operation;
    }
}
