package dev.quorum.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The error responses one operation can give, with the reasons for each, merged into what its
 * annotations already say: an annotated description comes first, the platform's reasons follow.
 * Every 4xx and 5xx response gets the {@code application/problem+json} Problem body, since every
 * error the services answer is one.
 */
final class ErrorResponses {
    private final Map<Integer, List<String>> reasons = new LinkedHashMap<>();

    void add(int status, String reason) {
        reasons.computeIfAbsent(status, s -> new ArrayList<>()).add(reason);
    }

    void applyTo(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        reasons.forEach((status, why) -> {
            ApiResponse response = responses.computeIfAbsent(Integer.toString(status), s -> new ApiResponse());
            List<String> parts = new ArrayList<>();
            if (response.getDescription() != null && !response.getDescription().isBlank()) {
                parts.add(response.getDescription());
            }
            why.stream().filter(reason -> !parts.contains(reason)).forEach(parts::add);
            // Several causes read best as a list (descriptions are CommonMark).
            response.setDescription(parts.size() == 1 ? parts.get(0) : "- " + String.join("\n- ", parts));
        });
        responses.forEach((code, response) -> {
            if (isError(code)) {
                response.setContent(ProblemSchema.content());
                if (code.equals("429") || code.equals("503")) {
                    response.addHeaderObject(
                            "Retry-After",
                            new Header()
                                    .description("Seconds to wait before retrying")
                                    .schema(ProblemSchema.typed("integer")));
                }
            }
        });
    }

    private static boolean isError(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }
}
