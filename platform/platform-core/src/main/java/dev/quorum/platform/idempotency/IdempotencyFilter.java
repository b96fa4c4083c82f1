package dev.quorum.platform.idempotency;

import dev.quorum.platform.idempotency.CachedBodyRequest.BodyTooLargeException;
import dev.quorum.platform.idempotency.IdempotencyStore.Claim;
import dev.quorum.platform.idempotency.IdempotencyStore.Claimed;
import dev.quorum.platform.idempotency.IdempotencyStore.Taken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes writes safe to retry: a POST, PUT, PATCH or DELETE carrying an {@code Idempotency-Key}
 * runs once per caller and key; a retry gets the first response again (with
 * {@code Idempotent-Replayed: true}) and changes nothing. The same key with a different request is
 * a 422 problem; a retry while the first is still running is a 409 problem with
 * {@code Retry-After}. Answers that say "try again" (5xx, 429, anything with {@code Retry-After})
 * are not remembered, so a retry after one runs again. Secrets marked {@link RedactOnReplay} are
 * never stored.
 */
public class IdempotencyFilter extends OncePerRequestFilter {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** On a replay, the secret fields of the first answer that the replay leaves out. */
    public static final String REPLAYED_WITHOUT = "Idempotent-Replayed-Without";

    static final int MAX_KEY_LENGTH = 200;
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final IdempotencyStore store;
    private final long maxBodyBytes;

    IdempotencyFilter(IdempotencyStore store, long maxBodyBytes) {
        this.store = store;
        this.maxBodyBytes = maxBodyBytes;
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
        if (!isValidKey(key)) {
            FilterProblems.invalidKey(response);
            return;
        }
        CachedBodyRequest cached;
        try {
            cached = CachedBodyRequest.read(request, maxBodyBytes);
        } catch (BodyTooLargeException e) {
            FilterProblems.bodyTooLarge(response, maxBodyBytes);
            return;
        }
        String fingerprint = fingerprint(cached);
        String id = namespace(fingerprint) + "|" + key;
        Claim claim = store.claim(id, fingerprint);
        if (claim instanceof Taken taken) {
            answerFromStore(taken, fingerprint, response);
            return;
        }
        String owner = ((Claimed) claim).owner();
        ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
        boolean recorded = false;
        try {
            chain.doFilter(cached, recording);
            if (RecordedResponse.isLasting(recording)) {
                recorded = store.complete(
                        id, owner, RecordedResponse.of(recording, RedactOnReplayInterceptor.secretFields(cached)));
            }
        } finally {
            if (!recorded) {
                store.release(id, owner);
            }
            recording.copyBodyToResponse();
        }
    }

    /**
     * Printable ASCII only: HTTP header values are bytes, which Tomcat reads as ISO-8859-1, so any
     * other character would be stored as something the client never sent.
     */
    private static boolean isValidKey(String key) {
        return !key.isEmpty() && key.length() <= MAX_KEY_LENGTH && key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
    }

    private static void answerFromStore(Taken taken, String fingerprint, HttpServletResponse response)
            throws IOException {
        if (!fingerprint.equals(taken.fingerprint())) {
            FilterProblems.keyReused(response);
        } else if (!taken.isDone()) {
            FilterProblems.inProgress(response);
        } else {
            taken.response().replayTo(response);
        }
    }

    /**
     * Keys are per caller: two clients choosing the same key never see each other's answers. An
     * anonymous caller has no identity, and an address it could present (X-Forwarded-For) can be
     * forged, so its keys are scoped by the request itself: only the identical request (the same
     * body, passwords and all) gets the stored answer.
     */
    private static String namespace(String fingerprint) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous =
                authentication == null || TRUST.isAnonymous(authentication) || !authentication.isAuthenticated();
        return anonymous ? "anonymous:" + fingerprint : "caller:" + authentication.getName();
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
}
