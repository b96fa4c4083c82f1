package dev.quorum.registration.allocation.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Tokens name the seat at the time they were issued; refreshing brings the claim up to date. */
@QuorumIntegrationTest
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
class TokenRefreshApiIT extends AllocationTestSupport {
    @Test
    void aDelegatesRefreshedTokenFollowsItsSeatUntilANewAccessCodeEndsTheSession() {
        committee(conference, 2, 1);
        String name = "Iota " + UUID.randomUUID();
        String school = fixtures.applySchool(conference, name, 2);
        ApiClient advisor = fixtures.advisorOf(name);
        finalizedAllocation(11);
        String seat = secretariat
                .get(seatAssignments())
                .json()
                .get("items")
                .get(0)
                .get("seatId")
                .asString();
        JsonNode added = advisor.post("/api/schools/" + school + "/delegates", Map.of("name", "Kai", "grade", "11"))
                .json();
        String delegate = added.get("id").asString();
        String token = accessToken(api.post(
                "/api/auth/token", Map.of("accessCode", added.get("accessCode").asString())));
        assertThat(claims(token).has("seat")).isFalse();

        assertThat(advisor.put("/api/delegates/" + delegate + "/seat", Map.of("seatId", seat))
                        .status())
                .isEqualTo(200);
        ApiClient.Response refreshed = api.withToken(token).post("/api/auth/refresh", "");
        assertThat(refreshed.header("Cache-Control")).contains("no-store");
        String seated = accessToken(refreshed);
        assertThat(claims(seated).get("seat").asString()).isEqualTo(seat);
        assertThat(claims(seated).get("auth_time").asLong())
                .as("the session is the one the access code started")
                .isEqualTo(claims(token).get("auth_time").asLong());

        assertThat(advisor.delete("/api/delegates/" + delegate + "/seat").status())
                .isEqualTo(204);
        String unseated = accessToken(api.withToken(seated).post("/api/auth/refresh", ""));
        assertThat(claims(unseated).has("seat")).isFalse();

        assertThat(advisor.post("/api/delegates/" + delegate + "/access-code", "")
                        .status())
                .isEqualTo(200);
        ApiClient.Response ended = api.withToken(unseated).post("/api/auth/refresh", "");
        assertThat(ended.status()).as("a new access code ends the old session").isEqualTo(401);
        assertThat(ended.json().get("type").asString()).isEqualTo("https://quorum.dev/problems/unauthorized");
    }

    @Test
    void aWithdrawnSchoolsDelegatesCanNeitherRedeemCodesNorRefreshTokens() {
        String name = "Lambda " + UUID.randomUUID();
        String school = fixtures.applySchool(conference, name, 2);
        ApiClient advisor = fixtures.advisorOf(name);
        JsonNode signedIn = advisor.post("/api/schools/" + school + "/delegates", Map.of("name", "Lea", "grade", "11"))
                .json();
        JsonNode notYet = advisor.post("/api/schools/" + school + "/delegates", Map.of("name", "Noor", "grade", "10"))
                .json();
        String token = accessToken(api.post(
                "/api/auth/token",
                Map.of("accessCode", signedIn.get("accessCode").asString())));
        assertThat(api.withToken(token).post("/api/auth/refresh", "").status()).isEqualTo(200);

        assertThat(advisor.post("/api/schools/" + school + "/withdraw", "").status())
                .isEqualTo(200);

        assertThat(api.withToken(token).post("/api/auth/refresh", "").status())
                .as("the session ended with the school")
                .isEqualTo(401);
        assertThat(api.post(
                                "/api/auth/token",
                                Map.of("accessCode", notYet.get("accessCode").asString()))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void accountsSignInAgainInsteadAndAnonymousCallersCannotRefresh() {
        String name = "Kappa " + UUID.randomUUID();
        fixtures.applySchool(conference, name, 2);
        String advisorToken = api.signIn(fixtures.advisorUsername(name), "advisor-password");

        ApiClient.Response refreshed = api.withToken(advisorToken).post("/api/auth/refresh", "");

        assertThat(refreshed.status())
                .as("an account's stolen token must not outlive its hour")
                .isEqualTo(403);
        assertThat(secretariat.post("/api/auth/refresh", "").status()).isEqualTo(403);
        assertThat(api.post("/api/auth/refresh", "").status()).isEqualTo(401);
        assertThat(api.withToken("not-a-token").post("/api/auth/refresh", "").status())
                .isEqualTo(401);
    }

    private static String accessToken(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("access_token").asString();
    }
}
