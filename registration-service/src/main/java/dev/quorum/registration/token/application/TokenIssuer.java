package dev.quorum.registration.token.application;

import dev.quorum.platform.security.QuorumClaims;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Issues short-lived RS256 access tokens whose claims carry the account's roles and scopes. */
@Component
public class TokenIssuer {
    private final JwtEncoder encoder;
    private final SigningKeys keys;
    private final Clock clock;
    private final Duration ttl;
    private final String issuer;

    public TokenIssuer(
            JwtEncoder encoder,
            SigningKeys keys,
            Clock clock,
            @Value("${quorum.tokens.ttl}") Duration ttl,
            @Value("${quorum.security.issuer}") String issuer) {
        this.encoder = encoder;
        this.keys = keys;
        this.clock = clock;
        this.ttl = ttl;
        this.issuer = issuer;
    }

    public IssuedToken issue(TokenClaims who) {
        TokenClaims account = who;
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .id(UUID.randomUUID().toString())
                .issuer(issuer)
                .subject(account.subject())
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .claim(QuorumClaims.USERNAME, account.username())
                .claim(QuorumClaims.SCOPE, "api")
                .claim(QuorumClaims.ROLES, account.roles())
                .claim(QuorumClaims.CONFERENCES, account.conferences())
                .claim(QuorumClaims.COMMITTEES, account.committees());
        account.school().ifPresent(school -> claims.claim(QuorumClaims.SCHOOL, school));
        account.seat().ifPresent(seat -> claims.claim(QuorumClaims.SEAT, seat));
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256)
                .keyId(keys.signingKey().getKeyID())
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build()))
                .getTokenValue();
        return new IssuedToken(token, ttl.toSeconds());
    }

    /** A signed token and its lifetime in seconds. */
    public record IssuedToken(String value, long expiresInSeconds) {}
}
