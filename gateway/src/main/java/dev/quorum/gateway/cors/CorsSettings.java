package dev.quorum.gateway.cors;

import dev.quorum.platform.idempotency.IdempotencyFilter;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * What browser front ends on other origins may do through the gateway (ADR 34). Only the listed
 * origins are allowed; with none listed (the default) every cross-origin request is refused with 403,
 * same-origin and non-browser clients are unaffected.
 */
public final class CorsSettings {
    /** Headers a front end sends: its token, bodies, retries, conditional writes and stream resumes. */
    static final List<String> ALLOWED_HEADERS = List.of(
            HttpHeaders.AUTHORIZATION,
            HttpHeaders.CONTENT_TYPE,
            HttpHeaders.IF_MATCH,
            HttpHeaders.IF_NONE_MATCH,
            IdempotencyFilter.HEADER,
            "Last-Event-ID");

    /** Headers a front end must read: versions, new resources, back-off and idempotent replays. */
    static final List<String> EXPOSED_HEADERS = List.of(
            HttpHeaders.ETAG,
            HttpHeaders.LOCATION,
            HttpHeaders.RETRY_AFTER,
            IdempotencyFilter.REPLAYED,
            IdempotencyFilter.REPLAYED_WITHOUT);

    static final List<String> ALLOWED_METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

    /** Browsers cache a preflight answer this long (Chromium caps it at 2 h). */
    static final Duration PREFLIGHT_MAX_AGE = Duration.ofHours(1);

    private CorsSettings() {}

    /**
     * @param allowedOrigins exact origins such as {@code https://board.example.org}; no wildcards,
     *     since credentials are allowed
     */
    public static CorsConfigurationSource source(List<String> allowedOrigins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(allowedOrigins.stream()
                .map(String::strip)
                .filter(o -> !o.isEmpty())
                .toList());
        cors.setAllowedMethods(ALLOWED_METHODS);
        cors.setAllowedHeaders(ALLOWED_HEADERS);
        cors.setExposedHeaders(EXPOSED_HEADERS);
        cors.setAllowCredentials(true);
        cors.setMaxAge(PREFLIGHT_MAX_AGE);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
