package dev.quorum.registration.token.application;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.quorum.platform.security.JwtValidation;
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
 * its JWKS lets them accept.
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
    JwtDecoder jwtDecoder(SigningKeys keys, @Value("${quorum.security.issuer}") String issuer) {
        JWKSource<SecurityContext> publicKeys = (selector, context) -> selector.select(keys.publicKeys());
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(publicKeys).build();
        decoder.setJwtValidator(JwtValidation.forIssuer(issuer));
        return decoder;
    }
}
