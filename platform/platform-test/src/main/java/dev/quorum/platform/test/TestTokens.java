package dev.quorum.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.quorum.platform.security.QuorumClaims;
import dev.quorum.platform.security.Roles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs tokens the way registration-service does (RS256, issuer {@code quorum}, Quorum claims)
 * with a test key whose JWKS is served on loopback, so the services' real resource-server
 * configuration validates them.
 */
public final class TestTokens {
    private static RSAKey key;
    private static String jwksUri;

    private TestTokens() {}

    public static synchronized String jwksUri() {
        if (jwksUri == null) {
            key = generateKey();
            jwksUri = serveJwks(new JWKSet(key.toPublicJWK()).toString());
        }
        return jwksUri;
    }

    /** A Secretariat token for every conference, as the account created at first start gets. */
    public static String secretariat() {
        return builder().roles(Roles.SECRETARIAT).conferences(QuorumClaims.ALL).sign();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A token under construction; every claim the services read can be set. */
    public static final class Builder {
        private final JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject("test-" + UUID.randomUUID())
                .issuer("quorum")
                .claim(QuorumClaims.SCOPE, "api");
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(30));

        public Builder subject(String subject) {
            claims.subject(subject);
            return this;
        }

        public Builder issuer(String issuer) {
            claims.issuer(issuer);
            return this;
        }

        public Builder roles(String... roles) {
            claims.claim(QuorumClaims.ROLES, List.of(roles));
            return this;
        }

        public Builder conferences(String... ids) {
            claims.claim(QuorumClaims.CONFERENCES, List.of(ids));
            return this;
        }

        public Builder school(String id) {
            claims.claim(QuorumClaims.SCHOOL, id);
            return this;
        }

        public Builder committees(String... ids) {
            claims.claim(QuorumClaims.COMMITTEES, new ArrayList<>(List.of(ids)));
            return this;
        }

        public Builder seat(String id) {
            claims.claim(QuorumClaims.SEAT, id);
            return this;
        }

        public Builder expiresAt(Instant when) {
            this.expiresAt = when;
            return this;
        }

        public String sign() {
            jwksUri();
            claims.issueTime(new Date()).expirationTime(Date.from(expiresAt));
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims.build());
            try {
                jwt.sign(new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .keyID("test-" + UUID.randomUUID())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serveJwks(String body) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            server.createContext("/.well-known/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-jwks-stop"));
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
