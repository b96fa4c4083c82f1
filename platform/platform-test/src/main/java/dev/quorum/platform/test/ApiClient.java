package dev.quorum.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests that talk to a running service or gateway the way an integrator
 * would: JSON in, JSON (or problem JSON) out, optional bearer token. Every answer is recorded for
 * {@link OpenApiConformanceExtension}, so integration tests also prove the OpenAPI documents.
 */
public final class ApiClient {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_SIGN_IN_RETRIES = 3;
    private static final long LONGEST_WAIT_SECONDS = 15;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;
    private final Map<String, String> headers;

    private ApiClient(String baseUrl, String token, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.headers = headers;
    }

    public static ApiClient at(String baseUrl) {
        return new ApiClient(baseUrl, null, Map.of());
    }

    public static ApiClient local(int port) {
        return at("http://127.0.0.1:" + port);
    }

    public ApiClient withToken(String bearerToken) {
        return new ApiClient(baseUrl, bearerToken, headers);
    }

    public ApiClient withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiClient(baseUrl, token, more);
    }

    public Response get(String path) {
        return send(request(path).GET().build());
    }

    public Response delete(String path) {
        return send(request(path).DELETE().build());
    }

    public Response post(String path, Object body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)))
                .build());
    }

    public Response put(String path, Object body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)))
                .build());
    }

    public Response patch(String path, Object body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .method(
                        "PATCH",
                        HttpRequest.BodyPublishers.ofString(
                                body instanceof String s ? s : JSON.writeValueAsString(body)))
                .build());
    }

    public Response postForm(String path, String formBody) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody))
                .build());
    }

    /** Sends a body that is not JSON (text, Markdown, raw bytes) as {@code contentType}. */
    public Response send(String method, String path, String contentType, byte[] body) {
        return send(request(path)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    /**
     * Signs in at {@code POST /api/auth/token} and returns the access token (fails the test otherwise).
     * Like a well-behaved client, it waits out a short 429 (the gateway's per-address sign-in rule,
     * {@code Retry-After} of a few seconds) and tries again: the end-to-end classes share one runtime
     * and one client address, so their sign-ins add up in one window. A long {@code Retry-After} (an
     * account lockout) is not waited for.
     */
    public String signIn(String username, String password) {
        Response response = post("/api/auth/token", Map.of("username", username, "password", password));
        for (int retry = 0; retry < MAX_SIGN_IN_RETRIES && shortRateLimit(response); retry++) {
            pause(Duration.ofSeconds(Long.parseLong(response.header("Retry-After"))));
            response = post("/api/auth/token", Map.of("username", username, "password", password));
        }
        if (response.status() != 200) {
            throw new AssertionError("Sign-in failed: " + response.status() + " " + response.body());
        }
        return response.json().get("access_token").asString();
    }

    private static boolean shortRateLimit(Response response) {
        String retryAfter = response.header("Retry-After");
        return response.status() == 429
                && retryAfter != null
                && retryAfter.matches("\\d{1,2}")
                && Long.parseLong(retryAfter) <= LONGEST_WAIT_SECONDS;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting out a 429", e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            ObservedResponses.record(request.method(), request.uri(), response.statusCode());
            return new Response(
                    response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, raw body, headers (lower-case names), and the body parsed as JSON. */
    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }
}
