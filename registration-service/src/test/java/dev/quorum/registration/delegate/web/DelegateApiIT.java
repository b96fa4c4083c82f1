package dev.quorum.registration.delegate.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.platform.test.Race;
import dev.quorum.registration.testing.RegistrationFixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@QuorumIntegrationTest
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
class DelegateApiIT {
    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

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
    void advisorAddsADelegateWhoSignsInOnceWithTheAccessCode() {
        String conference = fixtures.openConference(100);
        String school = fixtures.applySchool(conference, "Delegation High", 4);
        ApiClient advisor = fixtures.advisorOf("Delegation High");

        ApiClient.Response added =
                advisor.post("/api/schools/" + school + "/delegates", Map.of("name", "Elif K.", "grade", "11"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String code = added.json().get("accessCode").asString();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

        ApiClient.Response token = api.post("/api/auth/token", Map.of("accessCode", code.toLowerCase()));
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        String claims = claims(token.json().get("access_token").asString());
        assertThat(claims)
                .contains("\"roles\":[\"DELEGATE\"]")
                .contains("\"school\":\"" + school + "\"")
                .contains("\"conferences\":[\"" + conference + "\"]");

        assertThat(api.post("/api/auth/token", Map.of("accessCode", code)).status())
                .as("a code works once")
                .isEqualTo(401);
        assertThat(advisor.get("/api/schools/" + school + "/delegates")
                        .json()
                        .get(0)
                        .has("accessCode"))
                .as("codes are never listed")
                .isFalse();

        String delegateId = added.json().get("id").asString();
        String fresh = advisor.post("/api/delegates/" + delegateId + "/access-code", "")
                .json()
                .get("accessCode")
                .asString();
        assertThat(api.post("/api/auth/token", Map.of("accessCode", fresh)).status())
                .isEqualTo(200);
    }

    @Test
    void aRetriedAddKeepsNoAccessCodeInTheIdempotencyStoreAndAnswersWithoutIt() {
        String conference = fixtures.openConference(100);
        String school = fixtures.applySchool(conference, "Retrying High", 2);
        ApiClient advisor = fixtures.advisorOf("Retrying High")
                .withHeader("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, String> delegate = Map.of("name", "Ana P.", "grade", "10");

        ApiClient.Response added = advisor.post("/api/schools/" + school + "/delegates", delegate);
        ApiClient.Response retry = advisor.post("/api/schools/" + school + "/delegates", delegate);

        String code = added.json().get("accessCode").asString();
        List<String> storedBodies = database.getCollection("idempotency_keys").find().into(new ArrayList<>()).stream()
                .map(stored -> stored.get("response", Document.class))
                .filter(Objects::nonNull)
                .map(response -> new String(response.get("body", Binary.class).getData(), StandardCharsets.UTF_8))
                .toList();
        assertThat(storedBodies)
                .anySatisfy(
                        body -> assertThat(body).contains(added.json().get("id").asString()))
                .allSatisfy(body -> assertThat(body).doesNotContain(code).doesNotContain("\"accessCode\""));
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Idempotent-Replayed-Without")).isEqualTo("accessCode");
        assertThat(retry.json().get("id")).isEqualTo(added.json().get("id"));
        assertThat(retry.json().has("accessCode")).isFalse();
    }

    @Test
    void aSchoolNeverGetsMoreDelegatesThanItRequestedEvenUnderConcurrentRequests() throws Exception {
        String conference = fixtures.openConference(100);
        String school = fixtures.applySchool(conference, "Small Delegation", 3);
        ApiClient advisor = fixtures.advisorOf("Small Delegation");
        List<String> names =
                IntStream.range(0, 10).mapToObj(i -> "Delegate " + i).toList();
        List<Integer> statuses = Race.run(
                names,
                name -> advisor.post("/api/schools/" + school + "/delegates", Map.of("name", name, "grade", "10"))
                        .status());

        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(3);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(7);
        assertThat(advisor.get("/api/schools/" + school + "/delegates").json().size())
                .isEqualTo(3);
    }

    @Test
    void delegatesAndOtherSchoolsCannotManageAnotherSchoolsDelegates() {
        String conference = fixtures.openConference(100);
        String mine = fixtures.applySchool(conference, "Mine Academy", 4);
        String theirs = fixtures.applySchool(conference, "Theirs Academy", 4);
        ApiClient advisor = fixtures.advisorOf("Mine Academy");
        ApiClient otherAdvisor = fixtures.advisorOf("Theirs Academy");
        ApiClient.Response added =
                advisor.post("/api/schools/" + mine + "/delegates", Map.of("name", "Deniz A.", "grade", "12"));
        String delegateId = added.json().get("id").asString();
        ApiClient delegate = api.withToken(api.post(
                        "/api/auth/token",
                        Map.of("accessCode", added.json().get("accessCode").asString()))
                .json()
                .get("access_token")
                .asString());

        assertThat(otherAdvisor.get("/api/schools/" + mine + "/delegates").status())
                .isEqualTo(404);
        assertThat(otherAdvisor
                        .post("/api/schools/" + mine + "/delegates", Map.of("name", "Intruder", "grade", "9"))
                        .status())
                .isEqualTo(404);
        assertThat(otherAdvisor
                        .post("/api/delegates/" + delegateId + "/access-code", "")
                        .status())
                .isEqualTo(404);
        assertThat(delegate.post("/api/schools/" + mine + "/delegates", Map.of("name", "Self-made", "grade", "9"))
                        .status())
                .as("a delegate cannot do the advisor's work")
                .isEqualTo(404);
        assertThat(delegate.post("/api/schools/" + theirs + "/accept", "").status())
                .isEqualTo(404);
        assertThat(delegate.patch("/api/conferences/" + conference, Map.of("venue", "Elsewhere"))
                        .status())
                .as("nor the Secretariat's")
                .isEqualTo(403);
        assertThat(advisor.get("/api/schools/" + mine + "/delegates").json().size())
                .isEqualTo(1);
    }

    @Test
    void badDelegateInputIsAValidationProblemNamingTheFields() {
        String conference = fixtures.openConference(100);
        String school = fixtures.applySchool(conference, "Careful School", 4);
        ApiClient advisor = fixtures.advisorOf("Careful School");

        ApiClient.Response response =
                advisor.post("/api/schools/" + school + "/delegates", Map.of("name", "", "grade", "x".repeat(21)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .containsExactly("grade", "name");
        assertThat(advisor.get("/api/schools/" + school + "/delegates").json().size())
                .as("nothing stored")
                .isZero();
        assertThat(api.post("/api/auth/token", Map.of("accessCode", "NOPE-NOPE-NOPE"))
                        .status())
                .isEqualTo(401);
    }

    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
