package dev.quorum.gateway.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Signs test tokens the way registration-service does: RS256, issuer "quorum", a roles claim. */
public final class TestTokens {
    public static final String ISSUER = "quorum";
    private static final String KEY_ID = "test-key";

    private final RSAKey signingKey = newKey();
    // Same key id, different key: a token that names our key but was not signed with it.
    private final RSAKey impostorKey = newKey();

    /** The public half, as registration-service publishes it. */
    public String jwks() {
        return new JWKSet(signingKey.toPublicJWK()).toString();
    }

    public String valid(String subject, String... roles) {
        return sign(signingKey, claims(subject, ISSUER, Instant.now().plus(Duration.ofMinutes(15)), roles));
    }

    public String expired(String subject) {
        // Well past the validator's 60 s clock skew.
        return sign(signingKey, claims(subject, ISSUER, Instant.now().minus(Duration.ofMinutes(10))));
    }

    public String wrongIssuer(String subject) {
        return sign(signingKey, claims(subject, "someone-else", Instant.now().plus(Duration.ofMinutes(15))));
    }

    public String wrongSignature(String subject) {
        return sign(impostorKey, claims(subject, ISSUER, Instant.now().plus(Duration.ofMinutes(15))));
    }

    private static JWTClaimsSet claims(String subject, String issuer, Instant expiry, String... roles) {
        Instant issuedAt = expiry.minus(Duration.ofMinutes(15));
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer)
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiry))
                .claim("roles", List.of(roles))
                .build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(KEY_ID)
                    .build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
