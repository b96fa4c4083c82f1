package dev.quorum.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class CachingJwtDecodersTest {
    private static final Instant NOW = Instant.parse("2026-12-03T14:00:00Z");
    private static final String TOKEN = "header.payload.signature";

    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final VerifiedTokens verified = new VerifiedTokens(100, Duration.ofMinutes(10), new Clock() {
        @Override
        public Instant instant() {
            return clock.instant();
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    });

    /** The real verifier's stand-in: accepts {@link #TOKEN} until it expires, refuses anything else. */
    private final List<String> verifiedInFull = new ArrayList<>();

    private final JwtDecoder verifier = token -> {
        verifiedInFull.add(token);
        if (!token.equals(TOKEN) || !clock.instant().isBefore(NOW.plus(Duration.ofMinutes(5)))) {
            throw new BadJwtException("refused");
        }
        return jwt(token);
    };

    @Test
    void verifiesASecondUseOfTheSameTokenFromTheCache() {
        JwtDecoder decoder = CachingJwtDecoders.of(verifier, verified);

        Jwt first = decoder.decode(TOKEN);
        Jwt second = decoder.decode(TOKEN);

        assertThat(second).isSameAs(first);
        assertThat(verifiedInFull).containsExactly(TOKEN);
    }

    @Test
    void verifiesATokenThatDiffersInOneByteInFull() {
        JwtDecoder decoder = CachingJwtDecoders.of(verifier, verified);
        decoder.decode(TOKEN);

        assertThatThrownBy(() -> decoder.decode(TOKEN + "x")).isInstanceOf(BadJwtException.class);
        assertThat(verifiedInFull).containsExactly(TOKEN, TOKEN + "x");
    }

    @Test
    void neverServesATokenFromTheCacheOnceItHasExpired() {
        JwtDecoder decoder = CachingJwtDecoders.of(verifier, verified);
        decoder.decode(TOKEN);

        clock = Clock.fixed(NOW.plus(Duration.ofMinutes(5)), ZoneOffset.UTC);

        assertThatThrownBy(() -> decoder.decode(TOKEN)).isInstanceOf(BadJwtException.class);
        assertThat(verifiedInFull).containsExactly(TOKEN, TOKEN);
    }

    @Test
    void cachesForTheReactiveDecoderToo() {
        ReactiveJwtDecoder reactiveVerifier = token -> Mono.fromCallable(() -> verifier.decode(token));
        ReactiveJwtDecoder decoder = CachingJwtDecoders.of(reactiveVerifier, verified);

        Jwt first = decoder.decode(TOKEN).block();
        Jwt second = decoder.decode(TOKEN).block();

        assertThat(second).isSameAs(first);
        assertThat(verifiedInFull).containsExactly(TOKEN);

        clock = Clock.fixed(NOW.plus(Duration.ofMinutes(6)), ZoneOffset.UTC);
        assertThatThrownBy(() -> decoder.decode(TOKEN).block()).isInstanceOf(BadJwtException.class);
    }

    private static Jwt jwt(String token) {
        return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("delegate-1")
                .issuedAt(NOW)
                .expiresAt(NOW.plus(Duration.ofMinutes(5)))
                .build();
    }
}
