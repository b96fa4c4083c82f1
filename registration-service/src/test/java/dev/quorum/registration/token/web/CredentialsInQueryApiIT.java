package dev.quorum.registration.token.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Credentials in a query string end up in access logs: sign-in refuses them, whatever the body. */
@QuorumIntegrationTest
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
class CredentialsInQueryApiIT {
    private static final String PASSWORD = "s3cret-pass";

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.local(port);
    }

    @Test
    void aFormSignInWithItsPasswordInTheQueryStringIsRefusedNamingTheParameter() {
        ApiClient.Response response = api.postForm("/api/auth/token?pass%77ord=" + PASSWORD, "username=secretariat");

        assertRefused(response, "password");
    }

    @Test
    void aJsonSignInRepeatingItsCredentialsInTheQueryStringIsRefused() {
        ApiClient.Response response = api.post(
                "/api/auth/token?username=secretariat&password=" + PASSWORD + "&lang=en",
                Map.of("username", "secretariat", "password", PASSWORD));

        assertRefused(response, "password", "username");
    }

    @Test
    void anAccessCodeInTheQueryStringIsRefused() {
        assertRefused(api.postForm("/api/auth/token?accessCode=ABCD-1234", ""), "accessCode");
    }

    @Test
    void credentialsInTheBodyStillSignIn() {
        ApiClient.Response form = api.postForm("/api/auth/token?lang=en", "username=secretariat&password=" + PASSWORD);

        assertThat(form.status()).as(form.body()).isEqualTo(200);
        assertThat(api.signIn("secretariat", PASSWORD)).isNotBlank();
    }

    private static void assertRefused(ApiClient.Response response, String... parameters) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .containsExactly(parameters);
        assertThat(response.body()).doesNotContain(PASSWORD).doesNotContain("ABCD-1234");
        assertThat(response.json().has("access_token")).isFalse();
    }
}
