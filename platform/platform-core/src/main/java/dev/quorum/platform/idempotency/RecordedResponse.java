package dev.quorum.platform.idempotency;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The part of a response that is kept for replay: its status, the headers that describe the result
 * ({@link #REPLAYED_HEADERS}; never cookies, tracing or security headers, which belong to one
 * exchange), and its body without the fields a controller marked {@link RedactOnReplay}.
 *
 * @param withheld the top-level JSON fields removed from the body before it was stored
 */
record RecordedResponse(int status, Map<String, String> headers, byte[] body, List<String> withheld) {
    static final List<String> REPLAYED_HEADERS = List.of(
            HttpHeaders.CONTENT_TYPE,
            HttpHeaders.LOCATION,
            HttpHeaders.CONTENT_LOCATION,
            HttpHeaders.ETAG,
            HttpHeaders.LAST_MODIFIED,
            HttpHeaders.LINK);

    /**
     * Whether {@code response} is the lasting answer to its request. A server error, a 429 or any
     * answer with {@code Retry-After} (a 503, a 409 from a concurrent change) says "try again": the
     * same request may succeed later, so it is not recorded and a retry runs again.
     */
    static boolean isLasting(HttpServletResponse response) {
        return response.getStatus() < 500
                && response.getStatus() != 429
                && response.getHeader(HttpHeaders.RETRY_AFTER) == null;
    }

    /** What of {@code response} to keep, without the top-level JSON fields named {@code secretFields}. */
    static RecordedResponse of(ContentCachingResponseWrapper response, List<String> secretFields) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            String value = HttpHeaders.CONTENT_TYPE.equals(name) ? response.getContentType() : response.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        byte[] body = response.getContentAsByteArray();
        if (secretFields.isEmpty()) {
            return new RecordedResponse(response.getStatus(), headers, body, List.of());
        }
        JsonMapper json = JsonMapper.shared();
        try {
            if (json.readTree(body) instanceof ObjectNode object) {
                List<String> present = secretFields.stream().filter(object::has).toList();
                object.remove(present);
                return new RecordedResponse(response.getStatus(), headers, json.writeValueAsBytes(object), present);
            }
        } catch (JacksonException e) {
            // Not JSON: the secret cannot be cut out, so no part of the body is kept.
        }
        return new RecordedResponse(response.getStatus(), headers, new byte[0], secretFields);
    }

    void replayTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        headers.forEach(response::setHeader);
        response.setHeader(IdempotencyFilter.REPLAYED, "true");
        if (!withheld.isEmpty()) {
            response.setHeader(IdempotencyFilter.REPLAYED_WITHOUT, String.join(", ", withheld));
        }
        response.getOutputStream().write(body);
    }

    Document toDocument() {
        return new Document("status", status)
                .append("headers", new Document(Map.copyOf(headers)))
                .append("body", new Binary(body))
                .append("withheld", withheld);
    }

    static RecordedResponse fromDocument(Document stored) {
        Map<String, String> headers = new LinkedHashMap<>();
        stored.get("headers", Document.class).forEach((name, value) -> headers.put(name, (String) value));
        return new RecordedResponse(
                stored.getInteger("status"),
                headers,
                stored.get("body", Binary.class).getData(),
                stored.getList("withheld", String.class));
    }
}
