package dev.quorum.platform.security;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;

/** The checks every Quorum token passes: signature (by the decoder), expiry, not-before, issuer. */
public final class JwtValidation {
    private JwtValidation() {}

    public static OAuth2TokenValidator<Jwt> forIssuer(String issuer) {
        return JwtValidators.createDefaultWithIssuer(issuer);
    }
}
