package dev.quorum.platform.test;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes every integration test class a check of the OpenAPI documents: it records each answer
 * the class's {@link ApiClient}s receive and, after the class, fails it when a service answered a
 * status its own {@code /v3/api-docs} does not list for that operation (see
 * {@link OpenApiConformance}). Servers without an OpenAPI document (stubs) are not checked, nor
 * the 500s of a class that {@link InjectsFailures}. It
 * runs before the Spring extension closes a context, so the service is still there to ask.
 */
public final class OpenApiConformanceExtension implements BeforeAllCallback, AfterAllCallback {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path REPORT = Path.of("target", "openapi-conformance");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public void beforeAll(ExtensionContext context) {
        if (isTopLevel(context)) {
            ObservedResponses.start();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (!isTopLevel(context)) {
            return;
        }
        boolean injectsFailures = context.getRequiredTestClass().isAnnotationPresent(InjectsFailures.class);
        Map<String, List<ObservedResponse>> byServer = ObservedResponses.stop().stream()
                .filter(answer -> !(injectsFailures && answer.status() == 500))
                .collect(Collectors.groupingBy(ObservedResponse::origin));
        List<String> violations = new ArrayList<>();
        for (var server : byServer.entrySet()) {
            Optional<OpenApiConformance> document =
                    openApiDocument(server.getKey()).map(OpenApiConformance::of);
            if (document.isPresent()) {
                violations.addAll(document.get().violations(server.getValue()));
                report(document.get(), server.getValue());
            }
        }
        if (!violations.isEmpty()) {
            throw new AssertionError(
                    "Answers the OpenAPI document does not list:\n  " + String.join("\n  ", violations));
        }
    }

    /**
     * Leaves what the module's tests saw in {@code target/openapi-conformance/}, to tell which
     * documented operations no test has seen succeed: {@code operations.tsv} (method, template,
     * documented success codes) and {@code answered.tsv} (method, template, status), appended by
     * every class.
     */
    private static void report(OpenApiConformance document, List<ObservedResponse> observed) throws IOException {
        Path directory = Files.createDirectories(REPORT);
        Files.write(directory.resolve("operations.tsv"), document.operations());
        Files.write(
                directory.resolve("answered.tsv"),
                document.answered(observed),
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** {@code @Nested} classes share their enclosing class's recording. */
    private static boolean isTopLevel(ExtensionContext context) {
        return context.getRequiredTestClass().getEnclosingClass() == null
                || Modifier.isStatic(context.getRequiredTestClass().getModifiers());
    }

    private static Optional<JsonNode> openApiDocument(String origin) throws IOException, InterruptedException {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(origin + "/v3/api-docs"))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            JsonNode document = JSON.readTree(response.body());
            return document.has("openapi") && document.has("paths") ? Optional.of(document) : Optional.empty();
        } catch (ConnectException e) {
            return Optional.empty(); // a server the class stopped itself
        }
    }
}
