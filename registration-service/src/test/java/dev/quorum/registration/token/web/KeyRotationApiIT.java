package dev.quorum.registration.token.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.SignedJWT;
import dev.quorum.platform.security.JwtValidation;
import dev.quorum.platform.security.QuorumSecurityProperties;
import dev.quorum.platform.security.RemoteJwks;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.registration.testing.MovableClock;
import dev.quorum.registration.testing.RegistrationFixtures;
import java.io.Closeable;
import java.io.IOException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Rotating the signing key while tokens are in use: no token is refused until it could have
 * expired, here (registration's own decoder) and in the other services, whose decoder reads the
 * served JWKS over HTTP. The clock moves by hand instead of waiting out the publication lead.
 */
@QuorumIntegrationTest
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
@Import(KeyRotationApiIT.MovingTime.class)
class KeyRotationApiIT {
    private static final String KEYS = "/api/auth/signing-keys";

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Value("${quorum.tokens.keys.publication-lead}")
    Duration publicationLead;

    @Value("${quorum.tokens.ttl}")
    Duration tokenLifetime;

    private ApiClient api;
    private JWKSource<SecurityContext> servedJwks;
    private NimbusJwtDecoder otherService;

    @BeforeEach
    void verifierLikeTheOtherServices() {
        api = ApiClient.local(port);
        QuorumSecurityProperties properties = new QuorumSecurityProperties(
                "quorum", "http://127.0.0.1:" + port + "/.well-known/jwks.json", List.of(), null);
        servedJwks = RemoteJwks.of(properties);
        otherService = NimbusJwtDecoder.withJwkSource(servedJwks).build();
        otherService.setJwtValidator(JwtValidation.forIssuer("quorum"));
    }

    @AfterEach
    void closeVerifier() throws IOException {
        ((Closeable) servedJwks).close();
    }

    @Test
    void aRotationWhileTokensAreInUseRefusesNoTokenUntilItsKeyRetires() {
        String before = signIn();
        assertThat(otherService.decode(before).getSubject())
                .as("its JWKS cache now holds the old key only")
                .isNotNull();

        ApiClient.Response rotated = api.withToken(before).post(KEYS, "");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(201);
        String newKid = rotated.json().get("kid").asString();
        assertThat(rotated.json().get("state").asString()).isEqualTo("NEXT");
        assertThat(servedKids()).as("published before it signs").contains(kid(before), newKid);
        assertThat(kid(signIn()))
                .as("the old key signs during the publication lead")
                .isEqualTo(kid(before));

        clock.advance(publicationLead);
        String after = signIn();

        assertThat(kid(after)).isEqualTo(newKid);
        for (String token : List.of(before, after)) {
            assertThat(api.withToken(token).get(KEYS).status()).isEqualTo(200);
            assertThat(otherService.decode(token).getSubject()).isNotNull();
        }

        clock.advance(tokenLifetime.plus(Duration.ofSeconds(61)));

        assertThat(servedKids()).doesNotContain(kid(before)).contains(newKid);
        assertThat(api.withToken(before).get(KEYS).status())
                .as("a token signed by a retired key, not yet expired by its own exp")
                .isEqualTo(401);
        assertThat(api.withToken(after).get(KEYS).status()).isEqualTo(200);
    }

    @Test
    void onlyTheSecretariatOfTheDeploymentSeesOrRotatesKeys() {
        ApiClient secretariat = api.withToken(signIn());
        String conference = new RegistrationFixtures(api, secretariat).openConference();
        ApiClient conferenceSecretariat = new RegistrationFixtures(api, secretariat).secretariatOf(conference);
        int keysBefore = secretariat.get(KEYS).json().size();

        assertThat(api.post(KEYS, "").status()).isEqualTo(401);
        assertThat(api.get(KEYS).status()).isEqualTo(401);
        assertThat(conferenceSecretariat.post(KEYS, "").status()).isEqualTo(403);
        assertThat(conferenceSecretariat.get(KEYS).status()).isEqualTo(403);
        assertThat(secretariat.get(KEYS).json().size()).as("nothing rotated").isEqualTo(keysBefore);
    }

    private String signIn() {
        return api.signIn("secretariat", "s3cret-pass");
    }

    private List<String> servedKids() {
        return api.get("/.well-known/jwks.json")
                .json()
                .get("keys")
                .valueStream()
                .map(key -> key.get("kid").asString())
                .toList();
    }

    private static String kid(String token) {
        try {
            return SignedJWT.parse(token).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MovingTime {
        @Bean
        MovableClock clock() {
            return new MovableClock(Instant.now());
        }
    }
}
