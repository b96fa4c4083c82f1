package dev.quorum.registration.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.registration.account.application.AccountRepository;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@QuorumIntegrationTest
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
class ChairApiIT {
    @LocalServerPort
    int port;

    ApiClient api;
    ApiClient secretariat;
    RegistrationFixtures fixtures;

    @Autowired
    AccountRepository accounts;

    @BeforeEach
    void signIn() {
        api = ApiClient.local(port);
        secretariat = api.withToken(api.signIn("secretariat", "s3cret-pass"));
        fixtures = new RegistrationFixtures(api, secretariat);
    }

    @Test
    void secretariatAppointsAChairWhoseTokenIsScopedToTheConferenceAndCommittees() {
        String conference = fixtures.openConference(100);
        String committee = UUID.randomUUID().toString();
        CommitteeEvents.publish(CommitteeEvents.CREATED, CommitteeEvents.created(committee, conference));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> secretariat
                                .get("/api/conferences/" + conference + "/committees")
                                .json()
                                .get("totalItems")
                                .asLong()
                        == 1);
        String username = "usg-sco-" + UUID.randomUUID().toString().substring(0, 8);

        ApiClient.Response appointed = secretariat.post(
                "/api/conferences/" + conference + "/chairs",
                Map.of("username", username, "password", "chair-password", "committees", List.of(committee)));

        assertThat(appointed.status()).as(appointed.body()).isEqualTo(201);
        String token = api.signIn(username, "chair-password");
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims)
                .contains("\"roles\":[\"CHAIR\"]")
                .contains("\"conferences\":[\"" + conference + "\"]")
                .contains("\"committees\":[\"" + committee + "\"]");
    }

    @Test
    void unknownCommitteesAndOutsidersAreRefused() {
        String conference = fixtures.openConference(100);
        fixtures.applySchool(conference, "Chair-less School", 2);
        ApiClient advisor = fixtures.advisorOf("Chair-less School");
        String username = "chair-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body =
                Map.of("username", username, "password", "chair-password", "committees", List.of("no-such-committee"));

        ApiClient.Response unknown = secretariat.post("/api/conferences/" + conference + "/chairs", body);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("committees[0]");

        assertThat(advisor.post("/api/conferences/" + conference + "/chairs", body)
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/conferences/" + conference + "/chairs", body).status())
                .isEqualTo(401);
        assertThat(secretariat
                        .post("/api/conferences/" + conference + "/chairs", Map.of("username", "x"))
                        .status())
                .isEqualTo(400);
        assertThat(accounts.findByUsername(username))
                .as("no chair account stored")
                .isEmpty();
        assertThat(accounts.findByUsername("x")).isEmpty();
    }
}
