package dev.quorum.registration.token.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import dev.quorum.platform.security.JwtValidation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * This service holds the signing key, so it validates tokens with the key itself rather than by
 * fetching its own JWKS over HTTP (the other services do that).
 */
@Configuration(proxyBeanMethods = false)
class TokenKeysConfiguration {

    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.signingKey())));
    }

    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, @Value("${quorum.security.issuer}") String issuer) throws JOSEException {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(
                        keys.signingKey().toRSAPublicKey())
                .build();
        decoder.setJwtValidator(JwtValidation.forIssuer(issuer));
        return decoder;
    }
}
