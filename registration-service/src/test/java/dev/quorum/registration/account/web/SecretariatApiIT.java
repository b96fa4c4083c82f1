package dev.quorum.registration.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.registration.testing.CommitteeEvents;
import dev.quorum.registration.testing.RegistrationFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The Secretariat of the deployment appoints each conference's own Secretariat. */
@QuorumIntegrationTest
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
class SecretariatApiIT {
    private static final String PASSWORD = "member-password";

    @LocalServerPort
    int port;

    ApiClient api;
    ApiClient secretariat;
    RegistrationFixtures fixtures;

    @BeforeEach
    void signIn() {
        api = ApiClient.local(port);
        secretariat = api.withToken(api.signIn("secretariat", "s3cret-pass"));
        fixtures = new RegistrationFixtures(api, secretariat);
    }

    @Test
    void anAppointedMemberAdministersItsConferenceOnlyAndCannotCreateConferences() {
        String conference = fixtures.openConference();
        fixtures.openConference();
        String username = newUsername();

        ApiClient.Response appointed = appoint(secretariat, conference, username);

        assertThat(appointed.status()).as(appointed.body()).isEqualTo(201);
        assertThat(appointed.json().get("conferenceId").asString()).isEqualTo(conference);
        assertThat(appointed.json().get("username").asString()).isEqualTo(username);
        assertThat(appointed.header("Location"))
                .isEqualTo("/api/conferences/" + conference + "/secretariat/"
                        + appointed.json().get("id").asString());
        assertThat(appointed.body()).doesNotContain(PASSWORD);
        String token = api.signIn(username, PASSWORD);
        assertThat(payload(token))
                .contains("\"roles\":[\"SECRETARIAT\"]")
                .contains("\"conferences\":[\"" + conference + "\"]");

        ApiClient member = api.withToken(token);
        ApiClient.Response renamed = member.patch("/api/conferences/" + conference, Map.of("name", "Renamed MUN"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(member.get("/api/schools?conferenceId=" + conference).status())
                .isEqualTo(200);
        String committee = UUID.randomUUID().toString();
        CommitteeEvents.publish(CommitteeEvents.CREATED, CommitteeEvents.created(committee, conference));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> member.get("/api/conferences/" + conference + "/committees")
                                .json()
                                .get("totalItems")
                                .asLong()
                        == 1);
        ApiClient.Response chair = member.post(
                "/api/conferences/" + conference + "/chairs",
                Map.of("username", newUsername(), "password", "chair-password", "committees", List.of(committee)));
        assertThat(chair.status()).as(chair.body()).isEqualTo(201);
        ApiClient.Response listed = member.get("/api/conferences");
        assertThat(listed.json().get("totalItems").asLong())
                .as("it sees its own conference and no other")
                .isEqualTo(1);
        assertThat(listed.json().get("items").get(0).get("id").asString()).isEqualTo(conference);
        long conferencesBefore =
                secretariat.get("/api/conferences").json().get("totalItems").asLong();
        ApiClient.Response created = member.post(
                "/api/conferences",
                Map.of(
                        "name", "Rogue MUN",
                        "startDate", "2025-11-21",
                        "endDate", "2025-11-23",
                        "timeZone", "Europe/Istanbul"));
        assertThat(created.status()).isEqualTo(403);
        assertThat(secretariat.get("/api/conferences").json().get("totalItems").asLong())
                .as("no conference was created")
                .isEqualTo(conferencesBefore);
    }

    @Test
    void onlyTheDeploymentsSecretariatAppointsAndAUsernameIsTakenOnce() {
        String conference = fixtures.openConference();
        fixtures.applySchool(conference, "Appointing School", 2);
        ApiClient advisor = fixtures.advisorOf("Appointing School");
        ApiClient member = fixtures.secretariatOf(conference);
        String taken = newUsername();
        assertThat(appoint(secretariat, conference, taken).status()).isEqualTo(201);

        ApiClient.Response again = secretariat.post(
                "/api/conferences/" + conference + "/secretariat",
                Map.of("username", taken, "password", "another-password"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(signInStatus(taken, "another-password"))
                .as("the first account keeps its password")
                .isEqualTo(401);
        assertThat(signInStatus(taken, PASSWORD)).isEqualTo(200);

        String refused = newUsername();
        assertThat(appoint(member, conference, refused).status())
                .as("a conference's Secretariat may not appoint more of itself")
                .isEqualTo(403);
        assertThat(appoint(advisor, conference, refused).status()).isEqualTo(403);
        assertThat(appoint(api, conference, refused).status()).isEqualTo(401);
        assertThat(appoint(secretariat, "no-such-conference", refused).status()).isEqualTo(404);
        assertThat(secretariat
                        .post("/api/conferences/" + conference + "/secretariat", Map.of("username", refused))
                        .status())
                .isEqualTo(400);
        assertThat(signInStatus(refused, PASSWORD)).as("no account was created").isEqualTo(401);
    }

    private static ApiClient.Response appoint(ApiClient caller, String conference, String username) {
        return caller.post(
                "/api/conferences/" + conference + "/secretariat", Map.of("username", username, "password", PASSWORD));
    }

    private int signInStatus(String username, String password) {
        return api.post("/api/auth/token", Map.of("username", username, "password", password))
                .status();
    }

    private static String newUsername() {
        return "member-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String payload(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
