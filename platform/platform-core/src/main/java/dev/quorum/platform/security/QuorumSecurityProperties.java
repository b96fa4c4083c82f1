package dev.quorum.platform.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service validates tokens.
 *
 * @param issuer the {@code iss} every accepted token must carry
 * @param jwksUri where registration-service serves its public keys
 * @param publicPaths requests that need no token, as {@code "/path/**"} or {@code "POST /path"}
 * @param jwksCacheTtl how long a fetched JWKS is used before it is fetched again (a token naming an
 *     unknown key fetches it sooner); registration publishes a new key longer than this before it
 *     signs with it
 */
@ConfigurationProperties("quorum.security")
public record QuorumSecurityProperties(String issuer, String jwksUri, List<String> publicPaths, Duration jwksCacheTtl) {

    public QuorumSecurityProperties {
        jwksCacheTtl = jwksCacheTtl == null ? Duration.ofMinutes(5) : jwksCacheTtl;
        issuer = issuer == null ? "quorum" : issuer;
        jwksUri = jwksUri == null ? "http://localhost:8081/.well-known/jwks.json" : jwksUri;
        publicPaths = publicPaths == null ? new ArrayList<>() : List.copyOf(publicPaths);
    }
}
