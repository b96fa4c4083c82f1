package dev.quorum.platform.idempotency;

import dev.quorum.platform.problem.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes writes safe to retry: a POST, PUT, PATCH or DELETE carrying an {@code Idempotency-Key}
 * runs once per caller and key; a retry gets the first response again (with
 * {@code Idempotent-Replayed: true}) and changes nothing. The same key with a different request is
 * a 422 problem; a retry while the first is still running is a 409 problem. Server errors are not
 * remembered, so a retry after one runs again.
 */
public class IdempotencyFilter extends OncePerRequestFilter {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 200;
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final IdempotencyStore store;

    IdempotencyFilter(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Sign-in answers are credentials: never stored, never replayed (a retry just signs in again).
        return request.getHeader(HEADER) == null
                || !WRITES.contains(request.getMethod())
                || request.getRequestURI().startsWith("/api/auth/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            problem(
                    response,
                    400,
                    ProblemTypes.VALIDATION,
                    "Invalid Idempotency-Key",
                    "The Idempotency-Key header must be 1 to " + MAX_KEY_LENGTH + " characters.");
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request);
        String id = caller() + "|" + key;
        String fingerprint = fingerprint(cached);
        Optional<Document> existing = store.claim(id, fingerprint);
        if (existing.isPresent()) {
            answerFromStore(existing.get(), fingerprint, response);
            return;
        }
        ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(cached, recording);
            if (recording.getStatus() < 500) {
                store.complete(
                        id,
                        recording.getStatus(),
                        recording.getContentType(),
                        recording.getHeader("Location"),
                        new String(recording.getContentAsByteArray(), StandardCharsets.UTF_8));
                completed = true;
            }
        } finally {
            if (!completed) {
                store.release(id);
            }
            recording.copyBodyToResponse();
        }
    }

    private static void answerFromStore(Document stored, String fingerprint, HttpServletResponse response)
            throws IOException {
        if (!fingerprint.equals(stored.getString("fingerprint"))) {
            problem(
                    response,
                    422,
                    ProblemTypes.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key reused",
                    "This Idempotency-Key was used for a different request.");
        } else if (!"DONE".equals(stored.getString("state"))) {
            problem(
                    response,
                    409,
                    ProblemTypes.CONFLICT,
                    "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry later.");
        } else {
            response.setStatus(stored.getInteger("status"));
            response.setHeader(REPLAYED, "true");
            if (stored.getString("location") != null) {
                response.setHeader("Location", stored.getString("location"));
            }
            if (stored.getString("contentType") != null) {
                response.setContentType(stored.getString("contentType"));
            }
            response.getOutputStream().write(stored.getString("body").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Keys are per caller: two clients choosing the same key never see each other's answers. */
    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "anonymous" : authentication.getName();
    }

    private static String fingerprint(CachedBodyRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString())
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(request.body());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void problem(HttpServletResponse response, int status, URI type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String body = "{\"type\":\"%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                .formatted(type, title, status, detail);
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
