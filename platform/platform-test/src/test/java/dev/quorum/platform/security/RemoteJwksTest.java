package dev.quorum.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.Closeable;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** The services' and the gateway's decoders against a JWKS that rotates under them. */
class RemoteJwksTest {
    private final RSAKey current = JwksStub.newKey("current");
    private final RSAKey next = JwksStub.newKey("next");
    private final JwksStub registration;
    private JWKSource<SecurityContext> source;

    RemoteJwksTest() throws Exception {
        registration = new JwksStub();
    }

    @AfterEach
    void stop() throws Exception {
        ((Closeable) source).close();
        registration.close();
    }

    @Test
    void aKeyPublishedAfterTheLastFetchIsFetchedOnItsFirstToken() {
        registration.publish(current);
        JwtDecoder decoder = servletDecoder(Duration.ofMinutes(5));
        assertThat(decoder.decode(JwksStub.token(current)).getSubject()).isEqualTo("someone");

        registration.publish(current, next);

        assertThat(decoder.decode(JwksStub.token(next)).getSubject()).isEqualTo("someone");
        assertThat(decoder.decode(JwksStub.token(current)).getSubject()).isEqualTo("someone");
    }

    @Test
    void tokensNamingMadeUpKeysCannotMakeTheServicesFetchTheKeysOverAndOver() {
        registration.publish(current);
        JwtDecoder decoder = servletDecoder(Duration.ofMinutes(5));
        decoder.decode(JwksStub.token(current));

        for (int i = 0; i < 20; i++) {
            String forged = JwksStub.token(next, UUID.randomUUID().toString());
            assertThatThrownBy(() -> decoder.decode(forged))
                    .as("refused as a bad token (401), not as a failure to get the keys (500)")
                    .isInstanceOf(BadJwtException.class);
        }

        assertThat(registration.fetches())
                .as("the first fetch and two refetches per 30 s")
                .isLessThanOrEqualTo(3);
    }

    @Test
    void theGatewayStopsAcceptingAKeyOnceItIsNoLongerPublished() {
        registration.publish(current, next);
        ReactiveJwtDecoder decoder = reactiveDecoder(Duration.ofSeconds(2));
        String signedByOldKey = JwksStub.token(current);
        assertThat(decoder.decode(signedByOldKey).block().getSubject()).isEqualTo("someone");

        registration.publish(next);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThatThrownBy(
                                () -> decoder.decode(signedByOldKey).block())
                        .isInstanceOf(JwtException.class));
        assertThat(decoder.decode(JwksStub.token(next)).block().getSubject()).isEqualTo("someone");
    }

    private JwtDecoder servletDecoder(Duration cacheTtl) {
        QuorumSecurityProperties properties = registration.properties(cacheTtl);
        ServletSecurityAutoConfiguration configuration = new ServletSecurityAutoConfiguration();
        source = configuration.quorumRemoteJwks(properties);
        return configuration.quorumJwtDecoder(properties, source);
    }

    private ReactiveJwtDecoder reactiveDecoder(Duration cacheTtl) {
        QuorumSecurityProperties properties = registration.properties(cacheTtl);
        ReactiveSecurityAutoConfiguration configuration = new ReactiveSecurityAutoConfiguration();
        source = configuration.quorumRemoteJwks(properties);
        return configuration.quorumReactiveJwtDecoder(properties, source);
    }
}
