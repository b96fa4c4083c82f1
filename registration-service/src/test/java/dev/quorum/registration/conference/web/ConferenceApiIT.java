package dev.quorum.registration.conference.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.quorum.platform.outbox.OutboxFields;
import dev.quorum.platform.security.QuorumClaims;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.KafkaTestClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.registration.account.application.AccountRepository;
import dev.quorum.registration.testing.RegistrationFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

@QuorumIntegrationTest
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
class ConferenceApiIT {
    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    ApiClient api;
    String secretariat;
    RegistrationFixtures fixtures;

    @BeforeEach
    void signIn() {
        api = ApiClient.local(port);
        secretariat = api.signIn("secretariat", "s3cret-pass");
        fixtures = new RegistrationFixtures(api, api.withToken(secretariat));
    }

    @Test
    void secretariatCreatesConferenceAndConferenceCreatedIsPublishedFromTheOutbox() {
        ApiClient.Response created = api.withToken(secretariat).post("/api/conferences", acimun());

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/conferences/" + id);
        assertThat(body.get("status").asString()).isEqualTo("DRAFT");
        assertThat(body.get("version").asLong()).isEqualTo(1);

        List<ConsumerRecord<String, byte[]>> records =
                KafkaTestClient.awaitRecords("registration.events", r -> id.equals(r.key()), Duration.ofSeconds(30));
        ConsumerRecord<String, byte[]> record =
                records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        assertThat(KafkaTestClient.header(record, "ce_type")).isEqualTo("quorum.registration.ConferenceCreated.v1");
        assertThat(KafkaTestClient.header(record, "ce_subject")).isEqualTo(id);
        assertThat(KafkaTestClient.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaTestClient.header(record, "ce_source")).isEqualTo("/quorum/registration-service");
        assertThat(new String(record.value(), StandardCharsets.UTF_8))
                .contains("\"conferenceId\":\"" + id + "\"")
                .contains("\"version\":1");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Document stored = database.getCollection("conferences")
                    .find(Filters.eq("_id", id))
                    .first();
            assertThat(stored.getList(OutboxFields.OUTBOX, Document.class)).isEmpty();
        });
    }

    @Test
    void createdConferenceCanBeReadAndListed() {
        String id = api.withToken(secretariat)
                .post("/api/conferences", acimun())
                .json()
                .get("id")
                .asString();

        ApiClient.Response read = api.withToken(secretariat).get("/api/conferences/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("name").asString()).isEqualTo("ACIMUN'25");

        ApiClient.Response page = api.withToken(secretariat).get("/api/conferences?page=0&size=100");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("items").valueStream().map(n -> n.get("id").asString()))
                .contains(id);
        assertThat(page.json().get("size").asInt()).isEqualTo(100);
    }

    @Test
    void invalidConferenceGetsValidationProblemNamingEachFieldAndStoresNothing() {
        long before = database.getCollection("conferences").countDocuments();

        ApiClient.Response response = api.withToken(secretariat)
                .post(
                        "/api/conferences",
                        Map.of("name", "x".repeat(201), "startDate", "2025-11-21", "timeZone", "Europe/Istanbul"));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("https://quorum.dev/problems/validation");
        assertThat(response.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("endDate", "name");
        assertThat(database.getCollection("conferences").countDocuments()).isEqualTo(before);
    }

    @Test
    void datesOutOfOrderAndUnknownTimeZoneAreValidationProblems() {
        Map<String, Object> reversed = new java.util.HashMap<>(acimun());
        reversed.put("endDate", "2025-11-20");
        ApiClient.Response response = api.withToken(secretariat).post("/api/conferences", reversed);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("endDate");

        Map<String, Object> badZone = new java.util.HashMap<>(acimun());
        badZone.put("timeZone", "Mars/Olympus");
        ApiClient.Response zone = api.withToken(secretariat).post("/api/conferences", badZone);
        assertThat(zone.status()).isEqualTo(400);
        assertThat(zone.json().get("errors").get(0).get("field").asString()).isEqualTo("timeZone");
    }

    @Test
    void wrongTypesAndMalformedJsonAreBadRequests() {
        ApiClient.Response wrongType = api.withToken(secretariat)
                .post(
                        "/api/conferences",
                        "{\"name\":\"x\",\"startDate\":42,\"endDate\":\"2025-11-21\",\"timeZone\":\"UTC\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("field").asString())
                .isEqualTo("startDate");

        ApiClient.Response malformed = api.withToken(secretariat).post("/api/conferences", "{not json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("type").asString()).isEqualTo("https://quorum.dev/problems/bad-request");
    }

    @Test
    void withoutTokenIsUnauthorizedProblem() {
        ApiClient.Response response = api.post("/api/conferences", acimun());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("https://quorum.dev/problems/unauthorized");
    }

    @Test
    void advisorMayNotCreateConferencesNorSeeOthers() {
        String id = api.withToken(secretariat)
                .post("/api/conferences", acimun())
                .json()
                .get("id")
                .asString();
        ApiClient advisor = fixtures.advisorAccountOf("some-other-conference", "school-1", accounts, passwords);

        ApiClient.Response create = advisor.post("/api/conferences", acimun());
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.json().get("type").asString()).isEqualTo("https://quorum.dev/problems/forbidden");

        assertThat(advisor.get("/api/conferences/" + id).status()).isEqualTo(404);
        assertThat(advisor.get("/api/conferences").json().get("totalItems").asLong())
                .isZero();
    }

    @Test
    void wrongPasswordIsUnauthorizedAndFormSignInWorks() {
        ApiClient.Response wrong = api.post("/api/auth/token", Map.of("username", "secretariat", "password", "nope"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("type").asString()).isEqualTo("https://quorum.dev/problems/unauthorized");

        ApiClient.Response form = api.postForm("/api/auth/token", "username=secretariat&password=s3cret-pass");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.json().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(form.json().get("expires_in").asLong()).isEqualTo(3600);
    }

    @Test
    void jwksServesThePublicSigningKeyOnly() {
        ApiClient.Response jwks = api.get("/.well-known/jwks.json");

        assertThat(jwks.status()).isEqualTo(200);
        JsonNode key = jwks.json().get("keys").get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.has("n")).isTrue();
        assertThat(key.has("d")).as("private exponent must never be served").isFalse();
    }

    @Test
    void tokenCarriesRolesAndConferenceScope() {
        String[] parts = secretariat.split("\\.");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);

        assertThat(claims)
                .contains("\"" + QuorumClaims.ROLES + "\":[\"SECRETARIAT\"]")
                .contains("\"" + QuorumClaims.CONFERENCES + "\":[\"*\"]")
                .contains("\"iss\":\"quorum\"");
    }

    @Test
    void retryWithTheSameIdempotencyKeyReturnsTheFirstResultAndCreatesNothingNew() {
        ApiClient keyed = api.withToken(secretariat)
                .withHeader("Idempotency-Key", UUID.randomUUID().toString());
        long before = database.getCollection("conferences").countDocuments();

        ApiClient.Response first = keyed.post("/api/conferences", acimun());
        ApiClient.Response retry = keyed.post("/api/conferences", acimun());

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(database.getCollection("conferences").countDocuments()).isEqualTo(before + 1);

        Map<String, Object> other = new java.util.HashMap<>(acimun());
        other.put("name", "Another conference");
        ApiClient.Response reused = keyed.post("/api/conferences", other);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("type").asString())
                .isEqualTo("https://quorum.dev/problems/idempotency-key-reused");
        assertThat(database.getCollection("conferences").countDocuments()).isEqualTo(before + 1);
    }

    @Test
    void signInAnswersAreNeverStoredForReplay() {
        ApiClient keyed = api.withHeader("Idempotency-Key", UUID.randomUUID().toString());

        ApiClient.Response first =
                keyed.post("/api/auth/token", Map.of("username", "secretariat", "password", "s3cret-pass"));
        ApiClient.Response again =
                keyed.post("/api/auth/token", Map.of("username", "secretariat", "password", "s3cret-pass"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isNull();
        assertThat(again.json().get("access_token").asString())
                .isNotEqualTo(first.json().get("access_token").asString());
    }

    @Test
    void idempotencyKeysAreScopedToTheCaller() {
        String key = UUID.randomUUID().toString();
        ApiClient.Response mine =
                api.withToken(secretariat).withHeader("Idempotency-Key", key).post("/api/conferences", acimun());
        ApiClient.Response anonymous = api.withHeader("Idempotency-Key", key).post("/api/conferences", acimun());

        assertThat(mine.status()).isEqualTo(201);
        assertThat(anonymous.status())
                .as("not a replay of someone else's answer")
                .isEqualTo(401);
    }

    @Test
    void secretariatOpensRegistrationWithIfMatchAndConferenceUpdatedIsPublished() {
        ApiClient.Response created = api.withToken(secretariat).post("/api/conferences", acimun());
        String id = created.json().get("id").asString();
        assertThat(created.header("ETag")).as(created.headers().toString()).isEqualTo("\"1\"");

        ApiClient.Response opened = api.withToken(secretariat)
                .withHeader("If-Match", "\"1\"")
                .patch(
                        "/api/conferences/" + id,
                        Map.of(
                                "status",
                                "REGISTRATION_OPEN",
                                "capacity",
                                400,
                                "fees",
                                Map.of("currency", "EUR", "perSchool", 150, "perDelegate", 45.5)));

        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.json().get("status").asString()).isEqualTo("REGISTRATION_OPEN");
        assertThat(opened.json().get("capacity").asInt()).isEqualTo(400);
        assertThat(opened.json().get("fees").get("perDelegate").decimalValue()).isEqualByComparingTo("45.50");
        assertThat(opened.json().get("name").asString()).as("untouched").isEqualTo("ACIMUN'25");
        assertThat(opened.header("ETag")).isEqualTo("\"2\"");

        ApiClient.Response stale = api.withToken(secretariat)
                .withHeader("If-Match", "\"1\"")
                .patch("/api/conferences/" + id, Map.of("venue", "Side"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("type").asString()).isEqualTo("https://quorum.dev/problems/precondition-failed");

        // Sentinel: a later change of the same document. Its events leave in order, so anything the
        // refused stale patch had published is on the topic before the sentinel's update.
        ApiClient.Response sentinel = api.withToken(secretariat)
                .withHeader("If-Match", "\"2\"")
                .patch("/api/conferences/" + id, Map.of("venue", "Sentinel Hall"));
        assertThat(sentinel.status()).as(sentinel.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> typesOf(id).size() >= 3);
        assertThat(typesOf(id))
                .as("the stale patch published nothing")
                .containsExactly(
                        "quorum.registration.ConferenceCreated.v1",
                        "quorum.registration.ConferenceUpdated.v1",
                        "quorum.registration.ConferenceUpdated.v1");
    }

    /** The types of every event of the conference, read to the end of the topic. */
    private static List<String> typesOf(String id) {
        return KafkaTestClient.readToEnd("registration.events", Duration.ofSeconds(30)).stream()
                .filter(r -> id.equals(r.key()))
                .map(r -> KafkaTestClient.header(r, "ce_type"))
                .toList();
    }

    @Test
    void illegalStatusMovesAndBadTermsAreValidationProblemsThatChangeNothing() {
        String id = api.withToken(secretariat)
                .post("/api/conferences", acimun())
                .json()
                .get("id")
                .asString();
        // Once the relay has published the creation, nothing but a change touches the document.
        Document stored = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> storedConference(id),
                        d -> d.getList(OutboxFields.OUTBOX, Document.class).isEmpty()
                                && !d.containsKey(OutboxFields.LEASE)
                                && !d.containsKey(OutboxFields.PENDING));

        ApiClient.Response backwards =
                api.withToken(secretariat).patch("/api/conferences/" + id, Map.of("status", "FINISHED"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asString())
                .isEqualTo("status");

        ApiClient.Response windows = api.withToken(secretariat)
                .patch(
                        "/api/conferences/" + id,
                        Map.of(
                                "registrationWindows",
                                java.util.List.of(Map.of(
                                        "opensAt", "2025-10-01T00:00:00Z", "closesAt", "2025-09-01T00:00:00Z"))));
        assertThat(windows.status()).isEqualTo(400);
        assertThat(windows.json().get("errors").get(0).get("field").asString()).isEqualTo("registrationWindows");

        ApiClient.Response fees = api.withToken(secretariat)
                .patch(
                        "/api/conferences/" + id,
                        Map.of("fees", Map.of("currency", "euro", "perSchool", -1, "perDelegate", 1)));
        assertThat(fees.status()).isEqualTo(400);
        assertThat(fees.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .contains("fees.currency", "fees.perSchool");

        assertThat(api.withToken(secretariat)
                        .get("/api/conferences/" + id)
                        .json()
                        .get("version")
                        .asLong())
                .isEqualTo(1);
        assertThat(storedConference(id))
                .as("the stored document, outbox included")
                .isEqualTo(stored);
    }

    private Document storedConference(String id) {
        return database.getCollection("conferences").find(Filters.eq("_id", id)).first();
    }

    @Test
    void openApiDescribesTheConferenceEndpoints() {
        ApiClient.Response docs = api.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("openapi").asString()).startsWith("3.1");
        assertThat(docs.json().get("paths").has("/api/conferences")).isTrue();
        assertThat(docs.json().get("paths").has("/api/auth/token")).isTrue();
        JsonNode create = docs.json().get("paths").get("/api/conferences").get("post");
        assertThat(create.get("responses").propertyNames())
                .contains("201", "400", "401", "403")
                .doesNotContain("200");
        assertThat(create.get("responses").get("403").get("content").has("application/problem+json"))
                .isTrue();
        assertThat(create.get("security").toString()).contains("bearer");
        assertThat(docs.json()
                        .get("paths")
                        .get("/api/conferences/{id}")
                        .get("patch")
                        .get("responses")
                        .has("412"))
                .isTrue();
        assertThat(docs.json()
                        .get("components")
                        .get("schemas")
                        .get("Problem")
                        .get("properties")
                        .has("errors"))
                .isTrue();
    }

    private static Map<String, Object> acimun() {
        return Map.of(
                "name", "ACIMUN'25",
                "startDate", "2025-11-21",
                "endDate", "2025-11-23",
                "timeZone", "Europe/Istanbul",
                "venue", "Antalya");
    }
}
