package dev.quorum.registration.token.application;

import dev.quorum.platform.security.QuorumClaims;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Issues short-lived RS256 access tokens whose claims carry the account's roles and scopes, and
 * when the holder signed in ({@code auth_time}): a token can be refreshed for fresh claims until
 * {@code quorum.tokens.max-session} after that, then the holder signs in again.
 */
@Component
public class TokenIssuer {
    /** When the holder signed in (OpenID Connect's name for it), epoch seconds. */
    static final String AUTH_TIME = "auth_time";
    /** The delegate session (OpenID Connect's name for a session id). */
    static final String SESSION = "sid";

    private final JwtEncoder encoder;
    private final SigningKeys keys;
    private final Clock clock;
    private final Duration ttl;
    private final Duration maxSession;
    private final String issuer;

    public TokenIssuer(
            JwtEncoder encoder,
            SigningKeys keys,
            Clock clock,
            @Value("${quorum.tokens.ttl}") Duration ttl,
            @Value("${quorum.tokens.max-session}") Duration maxSession,
            @Value("${quorum.security.issuer}") String issuer) {
        this.encoder = encoder;
        this.keys = keys;
        this.clock = clock;
        this.ttl = ttl;
        this.maxSession = maxSession;
        this.issuer = issuer;
    }

    /** A token for someone who signed in just now. */
    public IssuedToken issue(TokenClaims who) {
        return issue(who, clock.instant());
    }

    /**
     * A token with fresh claims for the holder of {@code current}, if its session is still open;
     * empty once {@code max-session} has passed since the holder signed in.
     */
    public Optional<IssuedToken> refresh(Jwt current, TokenClaims fresh) {
        Instant signedInAt = signedInAt(current);
        if (clock.instant().isAfter(signedInAt.plus(maxSession))) {
            return Optional.empty();
        }
        return Optional.of(issue(fresh, signedInAt));
    }

    private IssuedToken issue(TokenClaims account, Instant signedInAt) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .id(UUID.randomUUID().toString())
                .issuer(issuer)
                .subject(account.subject())
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .claim(AUTH_TIME, signedInAt.getEpochSecond())
                .claim(QuorumClaims.USERNAME, account.username())
                .claim(QuorumClaims.SCOPE, "api")
                .claim(QuorumClaims.ROLES, account.roles())
                .claim(QuorumClaims.CONFERENCES, account.conferences())
                .claim(QuorumClaims.COMMITTEES, account.committees());
        account.school().ifPresent(school -> claims.claim(QuorumClaims.SCHOOL, school));
        account.seat().ifPresent(seat -> claims.claim(QuorumClaims.SEAT, seat));
        account.session().ifPresent(session -> claims.claim(SESSION, session));
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256)
                .keyId(keys.signingKey().getKeyID())
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build()))
                .getTokenValue();
        return new IssuedToken(token, ttl.toSeconds());
    }

    /** The delegate session a token belongs to, if any (see {@link TokenClaims#session()}). */
    public static Optional<String> sessionOf(Jwt token) {
        return Optional.ofNullable(token.getClaimAsString(SESSION));
    }

    private static Instant signedInAt(Jwt token) {
        Object authTime = token.getClaims().get(AUTH_TIME);
        if (authTime instanceof Instant instant) {
            return instant;
        }
        if (authTime instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        // Tokens from before auth_time was issued: their session began when they were issued.
        return token.getIssuedAt() == null ? Instant.EPOCH : token.getIssuedAt();
    }

    /** A signed token and its lifetime in seconds. */
    public record IssuedToken(String value, long expiresInSeconds) {}
}
