package dev.quorum.registration.token.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import dev.quorum.registration.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

class TokenIssuerTest {
    private static final Duration MAX_SESSION = Duration.ofDays(4);
    private final Instant signIn = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final MovableClock clock = new MovableClock(signIn);
    private final RSAKey key = generate();
    private final TokenIssuer issuer = new TokenIssuer(
            new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))),
            new SigningKeys(
                    new InMemorySigningKeyStore(),
                    clock,
                    key.toJSONString(),
                    Duration.ofHours(1),
                    Duration.ofMinutes(10),
                    Duration.ofDays(30),
                    Duration.ofSeconds(30)),
            clock,
            Duration.ofHours(1),
            MAX_SESSION,
            "quorum");
    private final NimbusJwtDecoder decoder = decoder(key);

    @Test
    void aRefreshedTokenCarriesFreshClaimsButKeepsWhenTheHolderSignedIn() {
        Jwt first = decoder.decode(issuer.issue(delegate(Optional.empty())).value());
        assertThat(first.getClaimAsString("seat")).isNull();
        assertThat(TokenIssuer.sessionOf(first)).contains("session-1");

        clock.set(signIn.plus(Duration.ofDays(3)));
        Jwt refreshed = decoder.decode(issuer.refresh(first, delegate(Optional.of("seat-9")))
                .orElseThrow()
                .value());

        assertThat(refreshed.getClaimAsString("seat")).isEqualTo("seat-9");
        assertThat(refreshed.getIssuedAt()).isEqualTo(clock.instant());
        assertThat(((Number) refreshed.getClaims().get("auth_time")).longValue())
                .as("refreshing does not extend the session")
                .isEqualTo(signIn.getEpochSecond());
    }

    @Test
    void aSessionCannotBeRefreshedPastItsMaximumLength() {
        Jwt first = decoder.decode(issuer.issue(delegate(Optional.empty())).value());
        clock.set(signIn.plus(Duration.ofDays(2)));
        Jwt second = decoder.decode(
                issuer.refresh(first, delegate(Optional.empty())).orElseThrow().value());

        clock.set(signIn.plus(MAX_SESSION).plusSeconds(1));

        assertThat(issuer.refresh(second, delegate(Optional.empty()))).isEmpty();
    }

    private static TokenClaims delegate(Optional<String> seat) {
        return new TokenClaims(
                "d-1",
                "delegate:d-1",
                List.of("DELEGATE"),
                List.of("c-1"),
                Optional.of("s-1"),
                List.of(),
                seat,
                Optional.of("session-1"));
    }

    /** Decodes without checking expiry: the tests move the issuer's clock, not the decoder's. */
    private static NimbusJwtDecoder decoder(RSAKey key) {
        try {
            NimbusJwtDecoder decoder =
                    NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
            decoder.setJwtValidator(token -> OAuth2TokenValidatorResult.success());
            return decoder;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("test").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
