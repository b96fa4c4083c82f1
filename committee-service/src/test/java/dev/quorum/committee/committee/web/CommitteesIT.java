package dev.quorum.committee.committee.web;

import static dev.quorum.committee.committee.web.CommitteeRequests.knownConference;
import static dev.quorum.committee.committee.web.CommitteeRequests.sco;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.quorum.committee.conference.application.ConferenceCatalog;
import dev.quorum.platform.security.QuorumClaims;
import dev.quorum.platform.security.Roles;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.EventContracts;
import dev.quorum.platform.test.KafkaTestClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.platform.test.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Committees through the API against the real broker and store: who may do what, what is published. */
@QuorumIntegrationTest
class CommitteesIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ConferenceCatalog conferences;

    @Autowired
    MongoDatabase database;

    private String conferenceId;
    private ApiClient secretariat;

    @BeforeEach
    void aKnownConferenceWithItsSecretariat() {
        conferenceId = known();
        secretariat = api(TestTokens.builder()
                .roles(Roles.SECRETARIAT)
                .conferences(conferenceId)
                .sign());
    }

    @Test
    void secretariatCreatesACommitteeThatIsReadListedAndPublishedAsTheContractSays() {
        ApiClient.Response created = secretariat.post("/api/committees", sco(conferenceId));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("committeeId").asString();
        assertThat(created.header("Location")).isEqualTo("/api/committees/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        JsonNode read = secretariat.get("/api/committees/" + id).json();
        assertThat(read.get("seats")).hasSize(12);
        assertThat(read.get("seats").get(10).get("name").asString()).isEqualTo("Mongolia");
        assertThat(read.get("seats").get(10).get("kind").asString()).isEqualTo("OBSERVER");
        assertThat(read.get("rules").get("preset").asString()).isEqualTo("CONSENSUS");
        assertThat(read.get("rules").get("substantive").get("majority").asString())
                .isEqualTo("CONSENSUS");
        String delegate = TestTokens.builder()
                .roles(Roles.DELEGATE)
                .conferences(conferenceId)
                .sign();
        JsonNode list = api(delegate)
                .get("/api/committees?conferenceId=" + conferenceId)
                .json();
        assertThat(list.get("items"))
                .singleElement()
                .satisfies(c -> assertThat(c.get("committeeId").asString()).isEqualTo(id));

        ConsumerRecord<String, byte[]> event = committeeEvent(id, "quorum.committee.CommitteeCreated.v1");
        assertThat(KafkaTestClient.header(event, "ce_subject")).isEqualTo(id);
        String data = new String(event.value(), StandardCharsets.UTF_8);
        assertThat(EventContracts.violations("CommitteeCreated.v1", data)).isEmpty();
        JsonNode published = json.readTree(data);
        assertThat(published.get("conferenceId").asString()).isEqualTo(conferenceId);
        assertThat(published.get("seats").get(0).get("seatId").asString())
                .isEqualTo(read.get("seats").get(0).get("seatId").asString());
    }

    @Test
    void changingSeatsKeepsNamedSeatsPublishesTheNewListAndAStaleIfMatchChangesNothing() {
        String id = create();
        JsonNode seats = secretariat.get("/api/committees/" + id).json().get("seats");
        List<Map<String, Object>> newSeats = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            JsonNode s = seats.get(i);
            newSeats.add(Map.of(
                    "seatId", s.get("seatId").asString(), "name", s.get("name").asString(), "kind", "MEMBER"));
        }
        newSeats.add(Map.of("name", "Türkiye", "kind", "OBSERVER"));

        ApiClient.Response changed = secretariat
                .withHeader("If-Match", "\"1\"")
                .patch("/api/committees/" + id, Map.of("seats", newSeats, "delegationSize", 2));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        assertThat(changed.json().get("seats").get(0).get("seatId").asString())
                .isEqualTo(seats.get(0).get("seatId").asString());
        JsonNode published = json.readTree(new String(
                committeeEvent(id, "quorum.committee.CommitteeSeatsChanged.v1").value(), StandardCharsets.UTF_8));
        assertThat(EventContracts.violations("CommitteeSeatsChanged.v1", published.toString()))
                .isEmpty();
        assertThat(published.get("version").asLong()).isEqualTo(2);
        assertThat(published.get("delegationSize").asInt()).isEqualTo(2);
        assertThat(published.get("seats")).hasSize(11);

        ApiClient.Response stale =
                secretariat.withHeader("If-Match", "\"1\"").patch("/api/committees/" + id, Map.of("name", "Renamed"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(secretariat.get("/api/committees/" + id).json().get("name").asString())
                .isEqualTo("Shanghai Cooperation Organisation");
    }

    @Test
    void aForeignConferencesSecretariatSeesNothingAndAChairChangesNothing() {
        String id = create();
        String foreignConference = known();
        ApiClient foreign = api(TestTokens.builder()
                .roles(Roles.SECRETARIAT)
                .conferences(foreignConference)
                .sign());
        ApiClient chair = api(TestTokens.builder()
                .roles(Roles.CHAIR)
                .conferences(conferenceId)
                .committees(id)
                .sign());
        String before = secretariat.get("/api/committees/" + id).body();

        assertThat(foreign.post("/api/committees", sco(conferenceId)).status()).isEqualTo(404);
        assertThat(foreign.get("/api/committees/" + id).status()).isEqualTo(404);
        assertThat(foreign.patch("/api/committees/" + id, Map.of("name", "Taken"))
                        .status())
                .isEqualTo(404);
        assertThat(foreign.get("/api/committees?conferenceId=" + conferenceId).status())
                .isEqualTo(404);
        assertThat(chair.post("/api/committees", sco(conferenceId)).status()).isEqualTo(403);
        assertThat(chair.patch("/api/committees/" + id, Map.of("name", "Taken")).status())
                .isEqualTo(403);
        assertThat(chair.get("/api/committees/" + id).status()).isEqualTo(200);

        assertThat(secretariat.get("/api/committees/" + id).body()).isEqualTo(before);
        assertThat(committeesOf(conferenceId)).isEqualTo(1);
        assertThat(committeesOf(foreignConference)).isZero();
    }

    @Test
    void theDeploymentsSecretariatCreatesInAnyKnownConferenceButNotInAnUnknownOne() {
        ApiClient admin = api(TestTokens.builder()
                .roles(Roles.SECRETARIAT)
                .conferences(QuorumClaims.ALL)
                .sign());

        assertThat(admin.post("/api/committees", sco(conferenceId)).status()).isEqualTo(201);
        assertThat(admin.post("/api/committees", sco("never-announced")).status())
                .isEqualTo(404);
    }

    @Test
    void badInputIsA400NamingTheFieldAndStoresNothing() {
        Map<String, Consumer<Map<String, Object>>> spoilers = new LinkedHashMap<>();
        spoilers.put("name", b -> b.put("name", " "));
        spoilers.put("abbreviation", b -> b.put("abbreviation", "A".repeat(21)));
        spoilers.put("type", b -> b.put("type", "SENATE"));
        spoilers.put("delegationSize", b -> b.put("delegationSize", 3));
        spoilers.put("seats[1].name", b -> seat(b, 1).put("name", "china"));
        spoilers.put("seats[0].kind", b -> seat(b, 0).put("kind", "PRESS"));
        spoilers.put("seats[0].seatId", b -> seat(b, 0).put("seatId", "not-a-seat-of-ours"));
        spoilers.put("agendaItems[0]", b -> b.put("agendaItems", List.of("x".repeat(301))));
        spoilers.put("positionPaperDeadline", b -> b.put("positionPaperDeadline", "2300-01-01T00:00:00Z"));
        spoilers.put("rules.preset", b -> rules(b).put("preset", "ROBERTS"));
        spoilers.put(
                "rules.quorumToDebate.numerator",
                b -> rules(b).put("quorumToDebate", Map.of("numerator", 4, "denominator", 3, "minimumCount", 1)));
        spoilers.put("rules.substantive.vetoApplies", b -> rules(b).put("preset", "SECURITY_COUNCIL"));
        spoilers.put("rules.defaultSpeakingTimeSeconds", b -> rules(b).put("defaultSpeakingTimeSeconds", 100_000));
        spoilers.put(
                "rules.procedural.requiredYes",
                b -> rules(b).put(
                                "procedural",
                                Map.of(
                                        "majority",
                                        "FIXED_COUNT",
                                        "basis",
                                        "PRESENT_AND_VOTING",
                                        "requiredYes",
                                        11,
                                        "abstentionsAllowed",
                                        false,
                                        "vetoApplies",
                                        false,
                                        "changeAllowed",
                                        false)));
        spoilers.put("seats", b -> {
            List<Map<String, Object>> many = new ArrayList<>();
            for (int i = 0; i <= 500; i++) {
                many.add(Map.of("name", "Seat " + i, "kind", "MEMBER"));
            }
            b.put("seats", many);
        });

        spoilers.forEach((field, spoil) -> {
            Map<String, Object> body = sco(conferenceId);
            spoil.accept(body);
            ApiClient.Response response = secretariat.post("/api/committees", body);

            assertThat(response.status()).as(field + ": " + response.body()).isEqualTo(400);
            assertThat(response.json()
                            .get("errors")
                            .valueStream()
                            .map(e -> e.get("field").asString()))
                    .as(response.body())
                    .contains(field);
        });
        assertThat(committeesOf(conferenceId)).isZero();
    }

    @Test
    void seatsAndRulesChangeOnlyWhileNoSessionIsOpen() {
        String id = create();
        String seatsBefore =
                secretariat.get("/api/committees/" + id).json().get("seats").toString();
        database.getCollection("sessions")
                .insertOne(new Document("_id", UUID.randomUUID().toString())
                        .append("committeeId", id)
                        .append("state", "FORMAL_DEBATE"));

        ApiClient.Response refused = secretariat.patch(
                "/api/committees/" + id, Map.of("seats", List.of(Map.of("name", "Türkiye", "kind", "MEMBER"))));
        ApiClient.Response rules =
                secretariat.patch("/api/committees/" + id, Map.of("rules", Map.of("preset", "UNA_USA")));
        ApiClient.Response renamed =
                secretariat.patch("/api/committees/" + id, Map.of("agendaItems", List.of("Renamed")));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(rules.status()).isEqualTo(409);
        assertThat(renamed.status()).isEqualTo(200);
        JsonNode after = secretariat.get("/api/committees/" + id).json();
        assertThat(after.get("seats").toString()).isEqualTo(seatsBefore);
        assertThat(after.get("rules").get("preset").asString()).isEqualTo("CONSENSUS");

        database.getCollection("sessions").updateMany(Filters.eq("committeeId", id), Updates.set("state", "ADJOURNED"));
        assertThat(secretariat
                        .patch("/api/committees/" + id, Map.of("rules", Map.of("preset", "UNA_USA")))
                        .status())
                .isEqualTo(200);
    }

    private String create() {
        ApiClient.Response created = secretariat.post("/api/committees", sco(conferenceId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("committeeId").asString();
    }

    private long committeesOf(String conference) {
        return database.getCollection("committees").countDocuments(Filters.eq("conferenceId", conference));
    }

    private String known() {
        String id = knownConference();
        await().atMost(WAIT).until(() -> conferences.find(id).isPresent());
        return id;
    }

    private ConsumerRecord<String, byte[]> committeeEvent(String committeeId, String type) {
        return KafkaTestClient.awaitRecords("committee.events", r -> matches(r, committeeId, type), WAIT).stream()
                .filter(r -> matches(r, committeeId, type))
                .findFirst()
                .orElseThrow();
    }

    private static boolean matches(ConsumerRecord<String, byte[]> r, String committeeId, String type) {
        return committeeId.equals(r.key()) && type.equals(KafkaTestClient.header(r, "ce_type"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> seat(Map<String, Object> body, int index) {
        return ((List<Map<String, Object>>) body.get("seats")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rules(Map<String, Object> body) {
        return (Map<String, Object>) body.get("rules");
    }

    private ApiClient api(String token) {
        return ApiClient.local(port).withToken(token);
    }
}
