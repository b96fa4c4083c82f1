package dev.quorum.registration.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.registration.testing.CommitteeEvents;
import dev.quorum.registration.testing.RegistrationFixtures;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@QuorumIntegrationTest
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
class CommitteeCatalogApiIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

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
    void advisorsAndTheSecretariatListTheConferencesCommitteesWithTheirSeatsPageByPage() {
        String conference = fixtures.openConference();
        ApiClient advisor =
                fixtures.apply(conference, "Nazarbayev Intellectual School").advisor();
        ObjectNode sco = CommitteeEvents.created(newId(), conference);
        CommitteeEvents.publish(CommitteeEvents.CREATED, sco);
        CommitteeEvents.publish(CommitteeEvents.CREATED, committee(conference, "Security Council", "UNSC"));
        CommitteeEvents.publish(CommitteeEvents.CREATED, committee(conference, "Human Rights Council", "HRC"));
        CommitteeEvents.publish(CommitteeEvents.CREATED, committee(fixtures.openConference(), "Elsewhere", "ELS"));

        String path = "/api/conferences/" + conference + "/committees";
        await().atMost(WAIT)
                .until(() -> advisor.get(path).json().get("totalItems").asLong() == 3);

        JsonNode all = advisor.get(path).json();
        assertThat(all.get("items").valueStream().map(c -> c.get("abbreviation").asString()))
                .as("by name")
                .containsExactly("HRC", "UNSC", "SCO");
        JsonNode listedSco = all.get("items").get(2);
        assertThat(listedSco.get("id").asString())
                .isEqualTo(sco.get("committeeId").asString());
        assertThat(listedSco.get("name").asString()).isEqualTo("Shanghai Cooperation Organisation");
        assertThat(listedSco.get("delegationSize").asInt()).isEqualTo(1);
        assertThat(listedSco.get("seats").valueStream().map(s -> s.get("name").asString()))
                .containsExactlyElementsOf(CommitteeEvents.seatNames(sco));
        JsonNode kazakhstan = listedSco.get("seats").get(2);
        assertThat(kazakhstan.get("id").asString()).isEqualTo(CommitteeEvents.seatId(sco, "Kazakhstan"));
        assertThat(kazakhstan.get("kind").asString()).isEqualTo("MEMBER");

        JsonNode second = secretariat.get(path + "?page=1&size=2").json();
        assertThat(second.get("items")
                        .valueStream()
                        .map(c -> c.get("abbreviation").asString()))
                .containsExactly("SCO");
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(2);
        assertThat(second.get("totalItems").asLong()).isEqualTo(3);
        assertThat(secretariat.get(path + "?size=101").status()).isEqualTo(400);
    }

    @Test
    void aConferenceWithoutCommitteesYetHasAnEmptyList() {
        String conference = fixtures.openConference();

        ApiClient.Response empty = secretariat.get("/api/conferences/" + conference + "/committees");

        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().get("items").size()).isZero();
        assertThat(empty.json().get("totalItems").asLong()).isZero();
    }

    @Test
    void nobodyOutsideTheConferenceSeesItsCommittees() {
        String conference = fixtures.openConference();
        CommitteeEvents.publish(CommitteeEvents.CREATED, CommitteeEvents.created(newId(), conference));
        String path = "/api/conferences/" + conference + "/committees";
        await().atMost(WAIT)
                .until(() -> secretariat.get(path).json().get("totalItems").asLong() == 1);

        ApiClient otherAdvisor = fixtures.apply(fixtures.openConference(), "Other Conference School")
                .advisor();
        ApiClient.Response hidden = otherAdvisor.get(path);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.json().get("type").asString()).isEqualTo("https://quorum.dev/problems/not-found");

        assertThat(fixtures.secretariatOf(fixtures.openConference()).get(path).status())
                .isEqualTo(404);

        assertThat(secretariat
                        .get("/api/conferences/" + newId() + "/committees")
                        .status())
                .as("unknown conference")
                .isEqualTo(404);
        assertThat(api.get(path).status()).as("no token").isEqualTo(401);
    }

    private static ObjectNode committee(String conference, String name, String abbreviation) {
        ObjectNode data = CommitteeEvents.withFirstSeats(CommitteeEvents.created(newId(), conference), 5);
        data.put("name", name);
        data.put("abbreviation", abbreviation);
        return data;
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
