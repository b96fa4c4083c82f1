package dev.quorum.gateway;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpMethod;
import org.springframework.util.unit.DataSize;

/**
 * Quorum's own gateway settings (the routes themselves live under
 * {@code spring.cloud.gateway.server.webflux}).
 *
 * @param maxRequestSize largest request body accepted; larger ones get 413
 * @param maxUriLength longest request target (path and query) accepted; longer ones get 414
 * @param maxHeaderSize largest request line and headers together; larger ones get 431. Below the
 *     services' own limit (Tomcat's 8 KB for the same), leaving room for the headers the gateway adds
 * @param unavailableRetryAfter what a 503 tells clients to wait; matches the circuit breakers' open state
 * @param rateLimit per-client request limits
 * @param corsAllowedOrigins browser origins allowed to call the API (ADR 34); none by default
 */
@ConfigurationProperties("quorum.gateway")
public record QuorumGatewayProperties(
        @DefaultValue("1MB") DataSize maxRequestSize,
        @DefaultValue("4KB") DataSize maxUriLength,
        @DefaultValue("7KB") DataSize maxHeaderSize,
        @DefaultValue("10s") Duration unavailableRetryAfter,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue List<String> corsAllowedOrigins) {

    /**
     * Per-client limits. A request is counted against the first matching rule, or the default.
     *
     * @param enabled switch for the whole feature
     * @param requests requests per period for each client, outside the rules
     * @param period the refill period of {@code requests}
     * @param maxClients clients remembered at once; the least recently seen are forgotten first
     * @param idleExpiry a client unseen this long starts afresh; keep it above the longest period
     * @param rules stricter limits for particular requests, checked in order
     */
    public record RateLimit(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("200") int requests,
            @DefaultValue("1s") Duration period,
            @DefaultValue("100000") long maxClients,
            @DefaultValue("10m") Duration idleExpiry,
            @DefaultValue List<Rule> rules) {}

    /**
     * A stricter limit for some requests.
     *
     * @param name names the bucket family; two rules with one name share buckets
     * @param method the HTTP method to match, or null for any
     * @param path a path pattern such as {@code /api/auth/token}
     * @param requests requests per period for each key
     * @param period the refill period
     * @param key whom the limit is counted for
     */
    public record Rule(
            String name,
            HttpMethod method,
            String path,
            int requests,
            Duration period,
            @DefaultValue("CLIENT") KeyType key) {}

    /** Whom a limit is counted for. */
    public enum KeyType {
        /** The token's subject when a valid token came with the request, else the client address. */
        CLIENT,
        /** Always the client address, e.g. against password guessing across accounts. */
        ADDRESS
    }
}
