package dev.quorum.platform.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.io.Closeable;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;

/**
 * The registration JWKS as a verifier keeps it (ADR 5): cached for {@code jwksCacheTtl} and
 * refreshed in the background shortly before it expires, so requests never wait for a fetch; a
 * token naming a key the cache lacks (a key published since the last fetch) fetches the set at
 * once, at most twice per 30 s so that tokens with made-up key ids cannot flood registration.
 * Spring Security's own JWK-set-URI decoder turns both refresh-ahead and that rate limit off.
 */
public final class RemoteJwks {
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(3);
    /** Nimbus's default limit for a key set's size (50 KiB). */
    private static final int JWK_SET_SIZE_LIMIT = 51_200;

    private RemoteJwks() {}

    /** A new source; close it when the application stops (it may own a refresh thread). */
    public static JWKSource<SecurityContext> of(QuorumSecurityProperties properties) {
        long ttl = properties.jwksCacheTtl().toMillis();
        // Nimbus wants the refresh-ahead time, fetch timeout and refetch interval within the lifetime:
        // a short lifetime (tests) shrinks them.
        long refreshTimeout = Math.min(JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT, ttl / 4);
        long refreshAhead = Math.min(JWKSourceBuilder.DEFAULT_REFRESH_AHEAD_TIME, ttl / 4);
        long refetchInterval = Math.min(JWKSourceBuilder.DEFAULT_RATE_LIMIT_MIN_INTERVAL, ttl / 4);
        // Nimbus's own HTTP timeouts are 500 ms: a registration-service busy hashing passwords (or a
        // loaded machine) answers later than that, and every token would then fail as "keys not
        // retrievable". A few seconds still leaves the fetch well inside the refresh timeout.
        DefaultResourceRetriever retriever = new DefaultResourceRetriever(
                (int) FETCH_TIMEOUT.toMillis(), (int) FETCH_TIMEOUT.toMillis(), JWK_SET_SIZE_LIMIT);
        return new UnknownKeyWhenRateLimited(
                JWKSourceBuilder.<SecurityContext>create(url(properties.jwksUri()), retriever)
                        .cache(ttl, refreshTimeout)
                        .refreshAheadCache(refreshAhead, false)
                        .rateLimited(refetchInterval)
                        .build());
    }

    private static URL url(String jwksUri) {
        try {
            return URI.create(jwksUri).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("quorum.security.jwks-uri is not a URL: " + jwksUri, e);
        }
    }

    /**
     * A refetch refused by the rate limit means the token names a key the cached set lacks: an
     * unknown key, so a bad token (401), not a failure to obtain the keys, which Spring's decoder
     * reports as a different error.
     */
    private record UnknownKeyWhenRateLimited(JWKSource<SecurityContext> fetched)
            implements JWKSource<SecurityContext>, Closeable {

        @Override
        public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
            try {
                return fetched.get(selector, context);
            } catch (RateLimitReachedException e) {
                return List.of();
            }
        }

        @Override
        public void close() throws IOException {
            ((Closeable) fetched).close();
        }
    }
}
