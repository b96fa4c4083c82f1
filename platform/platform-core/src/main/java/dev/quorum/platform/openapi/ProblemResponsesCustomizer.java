package dev.quorum.platform.openapi;

import dev.quorum.platform.security.PublicOperations;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.http.HttpMethod;

/**
 * Documents the error responses each operation can really give, derived from facts about it
 * rather than listed on every operation: 401 where the security chain wants a token (and the
 * {@code bearer} requirement there and only there), 400 where it takes input, 404 where a path
 * names a resource, 409/422 and the {@code Idempotency-Key} header where the idempotency filter
 * runs, 412 where it reads {@code If-Match}, and 429/503 that the gateway answers for every route.
 * Codes only the service's rules know (403, a business 409, a 404 for a resource named in the
 * query) come from {@link ProblemResponse} on the handler method; this adds the Problem body to them.
 */
public class ProblemResponsesCustomizer implements GlobalOpenApiCustomizer {
    static final String BEARER = "bearer";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Set<HttpMethod> WRITES =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final PublicOperations publicOperations;
    private final boolean idempotencyKeys;

    /**
     * @param publicOperations what the security chain lets through without a token
     * @param idempotencyKeys whether the service runs the platform's {@code Idempotency-Key} filter
     */
    public ProblemResponsesCustomizer(PublicOperations publicOperations, boolean idempotencyKeys) {
        this.publicOperations = publicOperations;
        this.idempotencyKeys = idempotencyKeys;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSecuritySchemes(
                BEARER,
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT"));
        ProblemSchema.addTo(components);
        if (openApi.getPaths() != null) {
            openApi.getPaths()
                    .forEach((template, item) -> item.readOperationsMap()
                            .forEach((method, operation) ->
                                    document(HttpMethod.valueOf(method.name()), template, operation)));
        }
    }

    private void document(HttpMethod method, String template, Operation operation) {
        ErrorResponses errors = new ErrorResponses();
        if (publicOperations.isPublic(method, template)) {
            operation.setSecurity(null);
        } else {
            operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
            errors.add(401, "No valid bearer token: missing, expired, or with a bad signature or issuer.");
        }
        if (operation.getRequestBody() != null || !parameters(operation).isEmpty()) {
            errors.add(400, "Invalid input: a validation problem's errors name each bad field.");
        }
        if (template.contains("{")) {
            errors.add(404, "Not found, or not visible to the caller.");
        }
        if (takesIdempotencyKey(method, template)) {
            addIdempotencyKey(operation, errors);
        }
        if (parameters(operation).stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()))) {
            errors.add(412, "If-Match names a version that is no longer current: read it again.");
        }
        errors.add(429, "Through the gateway: the client's rate limit is used up.");
        errors.add(503, "Through the gateway: the service is unreachable or its circuit breaker is open.");
        errors.applyTo(operation);
    }

    /** The idempotency filter's rule: writes under /api/, except sign-in, whose answers are credentials. */
    private boolean takesIdempotencyKey(HttpMethod method, String template) {
        return idempotencyKeys
                && WRITES.contains(method)
                && template.startsWith("/api/")
                && !template.startsWith("/api/auth/");
    }

    private static void addIdempotencyKey(Operation operation, ErrorResponses errors) {
        if (parameters(operation).stream().noneMatch(p -> IDEMPOTENCY_KEY.equalsIgnoreCase(p.getName()))) {
            operation.addParametersItem(new HeaderParameter()
                    .name(IDEMPOTENCY_KEY)
                    .required(false)
                    .description("Makes the request safe to retry: a retry with the same key gets the first "
                            + "answer again (Idempotent-Replayed: true) and changes nothing.")
                    .schema(ProblemSchema.typed("string").minLength(1).maxLength(200)));
        }
        errors.add(400, "A blank Idempotency-Key or one over 200 characters.");
        errors.add(409, "A request with the same Idempotency-Key is still in progress; retry later.");
        errors.add(422, "The Idempotency-Key was used before for a different request.");
        errors.add(413, "With an Idempotency-Key, the body is larger than the service keeps (1 MB by default).");
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }
}
