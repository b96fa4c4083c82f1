package dev.quorum.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Tokens this instance has already verified, so that a client's next request with the same token
 * skips the RSA signature check and the claim parsing (ADR 36). Keyed by the SHA-256 of the whole
 * token, signature included: a token that differs in any byte is a miss and is verified in full.
 * An entry is served only before the token's {@code exp}, and for at most {@code maxStay} (the JWKS
 * cache's lifetime), so that a key withdrawn from the JWKS stops being accepted about as soon as it
 * did without this cache. Bounded in size: a flood of distinct tokens only evicts.
 */
public final class VerifiedTokens {
    /** About 2 KB per entry: some 20 MB at most, whatever the traffic. */
    public static final long DEFAULT_MAX_SIZE = 10_000;

    private final Cache<String, Jwt> verified;
    private final Duration maxStay;
    private final Clock clock;

    public VerifiedTokens(long maxSize, Duration maxStay, Clock clock) {
        this.maxStay = maxStay;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(Expiry.creating((String key, Jwt jwt) -> stayOf(jwt)))
                .build();
    }

    /** The verified token, if this exact token was verified before and has not expired since. */
    public Optional<Jwt> lookup(String token) {
        String key = keyOf(token);
        Jwt jwt = verified.getIfPresent(key);
        if (jwt == null) {
            return Optional.empty();
        }
        if (jwt.getExpiresAt() != null && !clock.instant().isBefore(jwt.getExpiresAt())) {
            verified.invalidate(key);
            return Optional.empty();
        }
        return Optional.of(jwt);
    }

    /** Remembers a token the decoder has just verified in full. */
    public void remember(String token, Jwt jwt) {
        verified.put(keyOf(token), jwt);
    }

    private Duration stayOf(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return maxStay;
        }
        Duration left = Duration.between(clock.instant(), expiresAt);
        return left.isNegative() ? Duration.ZERO : left.compareTo(maxStay) > 0 ? maxStay : left;
    }

    private static String keyOf(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
