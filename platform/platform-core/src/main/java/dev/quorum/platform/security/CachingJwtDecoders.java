package dev.quorum.platform.security;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** Decoders that verify each distinct token once and then answer from {@link VerifiedTokens} (ADR 36). */
public final class CachingJwtDecoders {
    private CachingJwtDecoders() {}

    /** For the servlet services. */
    public static JwtDecoder of(JwtDecoder verifier, VerifiedTokens verified) {
        return token -> verified.lookup(token).orElseGet(() -> {
            var jwt = verifier.decode(token);
            verified.remember(token, jwt);
            return jwt;
        });
    }

    /** For the gateway. */
    public static ReactiveJwtDecoder of(ReactiveJwtDecoder verifier, VerifiedTokens verified) {
        return token -> Mono.justOrEmpty(verified.lookup(token))
                .switchIfEmpty(Mono.defer(() -> verifier.decode(token).doOnNext(jwt -> verified.remember(token, jwt))));
    }
}
