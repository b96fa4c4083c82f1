package dev.quorum.registration.token.domain;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;

/**
 * One signing key of the ring: its private JWK, its place in the order of rotations
 * ({@code generation}, unique), and the moment it starts signing.
 */
public record RingKey(RSAKey jwk, long generation, Instant activatesAt) {

    public String kid() {
        return jwk.getKeyID();
    }
}
