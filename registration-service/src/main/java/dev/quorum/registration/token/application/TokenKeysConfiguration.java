package dev.quorum.registration.token.application;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.quorum.platform.security.CachingJwtDecoders;
import dev.quorum.platform.security.JwtValidation;
import dev.quorum.platform.security.QuorumSecurityProperties;
import dev.quorum.platform.security.VerifiedTokens;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * This service holds the keys, so it signs and validates with the ring itself rather than by
 * fetching its own JWKS over HTTP (the other services do that): it accepts exactly the tokens
 * its JWKS lets them accept. Like theirs, its decoder remembers the tokens it has verified in full
 * (ADR 36): a client's next request with the same token skips the RSA check, about a tenth of an
 * authenticated read's CPU here. An entry is served only before the token's {@code exp} by this
 * service's clock and for at most the JWKS cache's lifetime, so a retired key's tokens are refused
 * once they expire, as without the cache.
 */
@Configuration(proxyBeanMethods = false)
class TokenKeysConfiguration {

    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        // The issuer names the key (kid) in the header; the encoder picks it among the live ones.
        JWKSource<SecurityContext> privateKeys = (selector, context) -> selector.select(keys.privateKeys());
        return new NimbusJwtEncoder(privateKeys);
    }

    @Bean
    JwtDecoder jwtDecoder(
            SigningKeys keys,
            @Value("${quorum.security.issuer}") String issuer,
            QuorumSecurityProperties security,
            Clock clock) {
        JWKSource<SecurityContext> publicKeys = (selector, context) -> selector.select(keys.publicKeys());
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(publicKeys).build();
        decoder.setJwtValidator(JwtValidation.forIssuer(issuer));
        return CachingJwtDecoders.of(
                decoder, new VerifiedTokens(VerifiedTokens.DEFAULT_MAX_SIZE, security.jwksCacheTtl(), clock));
    }
}
