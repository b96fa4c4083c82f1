package dev.quorum.registration.token.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.registration.testing.RegistrationFixtures;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Sign-ins are throttled per username (10 failures, then 5 minutes), whatever address they come
 * from, and the same whether the account exists or not.
 */
@QuorumIntegrationTest
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
class SignInThrottleApiIT {
    private static final int LIMIT = 10;

    @LocalServerPort
    int port;

    ApiClient api;
    RegistrationFixtures fixtures;

    @BeforeEach
    void signIn() {
        api = ApiClient.local(port);
        fixtures = new RegistrationFixtures(api, api.withToken(api.signIn("secretariat", "s3cret-pass")));
    }

    @Test
    void aUsernameWithTooManyFailuresIsLockedEvenForItsRightPassword() {
        String school = "Guessed " + UUID.randomUUID();
        fixtures.applySchool(fixtures.openConference(), school, 2);
        String username = fixtures.advisorUsername(school);
        failTimes(username, LIMIT);

        ApiClient.Response locked = signIn(username.toUpperCase(), RegistrationFixtures.ADVISOR_PASSWORD);

        assertThat(locked.status()).as(locked.body()).isEqualTo(429);
        assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 301L);
        assertThat(signIn("secretariat", "s3cret-pass").status())
                .as("other usernames are not affected")
                .isEqualTo(200);
    }

    @Test
    void anUnknownUsernameIsThrottledTheSameWay() {
        String username = "nobody-" + UUID.randomUUID();
        failTimes(username, LIMIT);

        assertThat(signIn(username, "guess").status()).isEqualTo(429);
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(signIn(username, "wrong-" + i).status()).isEqualTo(401);
        }
    }

    private ApiClient.Response signIn(String username, String password) {
        return api.post("/api/auth/token", Map.of("username", username, "password", password));
    }
}
