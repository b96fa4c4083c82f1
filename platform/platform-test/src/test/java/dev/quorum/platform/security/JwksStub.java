package dev.quorum.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A registration JWKS whose keys a test changes, counting how often verifiers fetch it. */
final class JwksStub implements AutoCloseable {
    private final HttpServer server;
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile String body = new JWKSet().toString();

    JwksStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/jwks.json", exchange -> {
            fetches.incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    QuorumSecurityProperties properties(Duration cacheTtl) {
        String uri = "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
        return new QuorumSecurityProperties("quorum", uri, List.of(), cacheTtl);
    }

    void publish(RSAKey... keys) {
        body = new JWKSet(List.of(keys).stream()
                        .map(RSAKey::toPublicJWK)
                        .map(JWK.class::cast)
                        .toList())
                .toString();
    }

    int fetches() {
        return fetches.get();
    }

    static RSAKey newKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(RSAKey key) {
        return token(key, key.getKeyID());
    }

    /** Signed by {@code key}, naming {@code kid} in its header. */
    static String token(RSAKey key, String kid) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
                new JWTClaimsSet.Builder()
                        .issuer("quorum")
                        .subject("someone")
                        .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(10))))
                        .build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
