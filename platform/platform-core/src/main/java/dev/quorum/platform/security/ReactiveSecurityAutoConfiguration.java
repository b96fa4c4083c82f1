package dev.quorum.platform.security;

import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The gateway's token decoder: the same JWKS, cache, algorithm and issuer checks as the services.
 * Spring's reactive JWK-set-URI source would keep a fetched set for ever (retired keys included)
 * and fetch again, unlimited, for every token naming an unknown key; the {@link RemoteJwks}
 * source expires, refreshes ahead and rate-limits instead.
 */
@AutoConfiguration(
        beforeName =
                "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(QuorumSecurityProperties.class)
public class ReactiveSecurityAutoConfiguration {

    /** Closed by the context (its refresh thread): a bean of its own for that reason. */
    @Bean
    @ConditionalOnMissingBean(ReactiveJwtDecoder.class)
    JWKSource<SecurityContext> quorumRemoteJwks(QuorumSecurityProperties properties) {
        return RemoteJwks.of(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    ReactiveJwtDecoder quorumReactiveJwtDecoder(
            QuorumSecurityProperties properties, JWKSource<SecurityContext> remoteJwks) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(jwt -> {
                    JWKMatcher matcher = JWKMatcher.forJWSHeader(jwt.getHeader());
                    if (matcher == null) {
                        return Flux.empty(); // an algorithm no Quorum key has
                    }
                    // Usually a cache hit, but a fetch blocks: never on the event loop.
                    return Mono.fromCallable(() -> remoteJwks.get(new JWKSelector(matcher), null))
                            .subscribeOn(Schedulers.boundedElastic())
                            .flatMapIterable(keys -> keys);
                })
                .build();
        decoder.setJwtValidator(JwtValidation.forIssuer(properties.issuer()));
        return CachingJwtDecoders.of(
                decoder,
                new VerifiedTokens(VerifiedTokens.DEFAULT_MAX_SIZE, properties.jwksCacheTtl(), Clock.systemUTC()));
    }
}
