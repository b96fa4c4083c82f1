package dev.quorum.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.security.PublicOperations;
import dev.quorum.platform.security.QuorumSecurityProperties;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;

class ProblemResponsesCustomizerTest {
    private static final PublicOperations PUBLIC = new PublicOperations(
            new QuorumSecurityProperties(null, null, List.of("POST /api/auth/token", "POST /api/schools"), null));

    @Test
    void aSecuredReadWithoutInputDocumentsOnlyTokenAndGatewayErrors() {
        Operation list = operation();
        customize(true, "/api/things", new PathItem().get(list));

        assertThat(list.getResponses()).containsOnlyKeys("200", "401", "429", "503");
        assertThat(list.getSecurity())
                .singleElement()
                .satisfies(s -> assertThat(s).containsKey("bearer"));
    }

    @Test
    void aPublicWriteNeedsNoTokenAndTakesAnIdempotencyKey() {
        Operation apply = operation().requestBody(new RequestBody());
        customize(true, "/api/schools", new PathItem().post(apply));

        assertThat(apply.getSecurity()).isNull();
        assertThat(apply.getResponses()).containsOnlyKeys("200", "400", "409", "413", "422", "429", "503");
        assertThat(apply.getParameters()).extracting(Parameter::getName).containsExactly("Idempotency-Key");
    }

    @Test
    void signInTakesNoIdempotencyKeyAndServicesWithoutTheFilterAnswerNo422() {
        Operation signIn = operation().requestBody(new RequestBody());
        Operation write = operation().requestBody(new RequestBody());
        customize(true, "/api/auth/token", new PathItem().post(signIn));
        customize(false, "/api/things", new PathItem().post(write));

        assertThat(signIn.getResponses()).containsOnlyKeys("200", "400", "429", "503");
        assertThat(signIn.getParameters()).isNull();
        assertThat(write.getResponses()).doesNotContainKeys("409", "413", "422");
    }

    @Test
    void aPathVariableMeans404AndIfMatchMeans412() {
        Operation patch = operation()
                .addParametersItem(new PathParameter().name("id"))
                .addParametersItem(new HeaderParameter().name("If-Match"))
                .requestBody(new RequestBody());
        customize(true, "/api/things/{id}", new PathItem().patch(patch));

        assertThat(patch.getResponses()).containsKeys("400", "401", "404", "409", "412", "422");
    }

    @Test
    void errorsGetTheProblemBodyAndDeclaredReasonsComeFirst() {
        Operation withdraw = operation();
        withdraw.getResponses().addApiResponse("409", new ApiResponse().description("The school has withdrawn."));
        OpenAPI api = customize(true, "/api/things", new PathItem().post(withdraw));

        ApiResponse conflict = withdraw.getResponses().get("409");
        assertThat(conflict.getDescription())
                .startsWith("- The school has withdrawn.\n- ")
                .contains("Idempotency-Key");
        assertThat(conflict.getContent()
                        .get("application/problem+json")
                        .getSchema()
                        .get$ref())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(withdraw.getResponses().get("200").getContent())
                .as("success untouched")
                .isNull();
        assertThat(withdraw.getResponses().get("429").getHeaders()).containsKey("Retry-After");
        assertThat(api.getComponents().getSchemas().get("Problem").getProperties())
                .containsKeys("type", "title", "status", "detail", "instance", "errors");
        assertThat(api.getComponents().getSecuritySchemes()).containsKey("bearer");
    }

    @Test
    void declaredProblemResponsesJoinTheOperation() throws NoSuchMethodException {
        Operation operation = operation();
        new ProblemResponseAnnotations()
                .customize(operation, new HandlerMethod(new Annotated(), Annotated.class.getMethod("accept")));

        assertThat(operation.getResponses().get("403").getDescription()).isEqualTo("Secretariat only.");
        assertThat(operation.getResponses()).containsKeys("200", "403", "409");
    }

    static class Annotated {
        @ProblemResponse(status = 403, description = "Secretariat only.")
        @ProblemResponse(status = 409, description = "No room.")
        public void accept() {}
    }

    private static OpenAPI customize(boolean idempotencyKeys, String path, PathItem item) {
        OpenAPI api = new OpenAPI().paths(new Paths().addPathItem(path, item));
        new ProblemResponsesCustomizer(PUBLIC, idempotencyKeys).customise(api);
        return api;
    }

    private static Operation operation() {
        return new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
    }
}
