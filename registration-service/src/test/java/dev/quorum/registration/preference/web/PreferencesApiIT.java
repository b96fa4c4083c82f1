package dev.quorum.registration.preference.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.registration.catalogue.application.CommitteeCatalog;
import dev.quorum.registration.testing.CommitteeEvents;
import dev.quorum.registration.testing.RegistrationFixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@QuorumIntegrationTest
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
class PreferencesApiIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    CommitteeCatalog catalog;

    @Autowired
    MongoDatabase database;

    ApiClient api;
    ApiClient secretariat;
    RegistrationFixtures fixtures;

    /** An open conference with two committees, and one school with its advisor. */
    String conference;

    ObjectNode sco;
    ObjectNode unsc;
    String school;
    ApiClient advisor;

    @BeforeEach
    void conferenceWithCommitteesAndASchool() {
        api = ApiClient.local(port);
        secretariat = api.withToken(api.signIn("secretariat", "s3cret-pass"));
        fixtures = new RegistrationFixtures(api, secretariat);
        conference = fixtures.openConference();
        sco = CommitteeEvents.created(newId(), conference);
        unsc = CommitteeEvents.withFirstSeats(CommitteeEvents.created(newId(), conference), 5);
        unsc.put("name", "Security Council");
        unsc.put("abbreviation", "UNSC");
        CommitteeEvents.publish(CommitteeEvents.CREATED, sco);
        CommitteeEvents.publish(CommitteeEvents.CREATED, unsc);
        RegistrationFixtures.AppliedSchool applied = fixtures.apply(conference, "Almaty Lyceum " + newId());
        school = applied.id();
        advisor = applied.advisor();
        await().atMost(WAIT).until(() -> catalog.committeesOf(conference).size() == 2);
    }

    @Test
    void theAdvisorRanksChoicesAndReadsThemBackMostWantedFirst() {
        assertThat(advisor.get(path(school)).json().get("version").asLong())
                .as("nothing ranked yet")
                .isZero();

        ApiClient.Response put =
                advisor.put(path(school), choices(seat(sco, "Kazakhstan"), anySeatOf(unsc), seat(sco, "Mongolia")));

        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("version").asLong()).isEqualTo(1);
        JsonNode read = advisor.get(path(school)).json();
        assertThat(read.get("schoolId").asString()).isEqualTo(school);
        assertThat(read.get("updatedAt").asString()).isNotBlank();
        JsonNode ranked = read.get("choices");
        assertThat(ranked.valueStream().map(c -> c.get("rank").asInt())).containsExactly(1, 2, 3);
        assertThat(ranked.valueStream().map(c -> c.get("committeeId").asString()))
                .containsExactly(id(sco), id(unsc), id(sco));
        assertThat(ranked.get(0).get("seatId").asString()).isEqualTo(CommitteeEvents.seatId(sco, "Kazakhstan"));
        assertThat(ranked.get(1).has("seatId")).as("any seat of the UNSC").isFalse();
        assertThat(ranked.get(2).get("seatId").asString()).isEqualTo(CommitteeEvents.seatId(sco, "Mongolia"));
        assertThat(secretariat.get(path(school)).json()).isEqualTo(read);

        ApiClient.Response cleared = advisor.put(path(school), choices());
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().get("choices").size()).isZero();
        assertThat(cleared.json().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void theConferencesSecretariatMayRankForTheSchool() {
        ApiClient.Response put = secretariat.put(path(school), choices(anySeatOf(sco)));

        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(advisor.get(path(school))
                        .json()
                        .get("choices")
                        .get(0)
                        .get("committeeId")
                        .asString())
                .isEqualTo(id(sco));
    }

    @Test
    void moreChoicesThanTheConferenceAllowsAreRefusedNamingChoices() {
        List<Map<String, Object>> eleven = new ArrayList<>();
        CommitteeEvents.seatNames(sco).stream().limit(11).forEach(name -> eleven.add(seat(sco, name)));

        ApiClient.Response tooMany = advisor.put(path(school), Map.of("choices", eleven));

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(fields(tooMany)).containsExactly("choices");
        assertThat(storedPreferences()).as("nothing stored").isNull();
        assertThat(advisor.put(path(school), Map.of("choices", eleven.subList(0, 10)))
                        .status())
                .as("ten by default")
                .isEqualTo(200);

        ApiClient.Response limited = secretariat.patch("/api/conferences/" + conference, Map.of("maxPreferences", 2));
        assertThat(limited.status()).as(limited.body()).isEqualTo(200);
        ApiClient.Response three = advisor.put(path(school), Map.of("choices", eleven.subList(0, 3)));
        assertThat(three.status()).isEqualTo(400);
        assertThat(fields(three)).containsExactly("choices");
        assertThat(advisor.get(path(school)).json().get("choices").size())
                .as("unchanged")
                .isEqualTo(10);
        assertThat(advisor.put(path(school), Map.of("choices", eleven.subList(0, 2)))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void choicesOutsideTheConferencesCatalogueAreRefusedNamingEachOne() {
        String elsewhere = fixtures.openConference();
        ObjectNode foreign = CommitteeEvents.created(newId(), elsewhere);
        CommitteeEvents.publish(CommitteeEvents.CREATED, foreign);
        await().atMost(WAIT).until(() -> catalog.committeesOf(elsewhere).size() == 1);
        Map<String, Object> unknownSeatOfSco = seat(sco, "Tajikistan");
        unknownSeatOfSco.put("seatId", newId());

        ApiClient.Response refused = advisor.put(
                path(school),
                choices(
                        seat(sco, "Kazakhstan"),
                        Map.of("committeeId", newId()),
                        unknownSeatOfSco,
                        anySeatOf(foreign),
                        Map.of("committeeId", id(unsc), "seatId", CommitteeEvents.seatId(sco, "India"))));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).isEqualTo("https://quorum.dev/problems/validation");
        assertThat(fields(refused))
                .containsExactly(
                        "choices[1].committeeId", "choices[2].seatId", "choices[3].committeeId", "choices[4].seatId");
        assertThat(advisor.get(path(school)).json().get("version").asLong())
                .as("nothing stored")
                .isZero();
    }

    @Test
    void aChoiceRankedTwiceIsRefused() {
        ApiClient.Response sameSeat =
                advisor.put(path(school), choices(seat(sco, "Kazakhstan"), anySeatOf(unsc), seat(sco, "Kazakhstan")));
        ApiClient.Response sameAnySeat = advisor.put(path(school), choices(anySeatOf(unsc), anySeatOf(unsc)));

        assertThat(sameSeat.status()).isEqualTo(400);
        assertThat(fields(sameSeat)).containsExactly("choices[2]");
        assertThat(sameAnySeat.status()).isEqualTo(400);
        assertThat(fields(sameAnySeat)).containsExactly("choices[1]");
        assertThat(storedPreferences()).as("nothing stored").isNull();
        assertThat(advisor.put(path(school), choices(anySeatOf(sco), seat(sco, "Kazakhstan")))
                        .status())
                .as("a seat after any seat of its committee is another choice")
                .isEqualTo(200);
    }

    @Test
    void malformedRankingsAreValidationProblemsNamingTheField() {
        Map<String, Object> noCommittee = new HashMap<>();
        noCommittee.put("seatId", CommitteeEvents.seatId(sco, "India"));

        assertThat(fields(advisor.put(path(school), choices(noCommittee)))).containsExactly("choices[0].committeeId");
        assertThat(fields(advisor.put(path(school), choices(Map.of("committeeId", id(sco), "seatId", "")))))
                .containsExactly("choices[0].seatId");
        assertThat(fields(advisor.put(path(school), Map.of()))).containsExactly("choices");
        assertThat(advisor.put(path(school), "{\"choices\":").status()).isEqualTo(400);
        assertThat(storedPreferences()).as("nothing stored").isNull();
    }

    @Test
    void aWithdrawnSchoolCannotRankButItsRankingStaysReadable() {
        advisor.put(path(school), choices(anySeatOf(sco)));
        assertThat(advisor.post("/api/schools/" + school + "/withdraw", "").status())
                .isEqualTo(200);

        ApiClient.Response refused = advisor.put(path(school), choices(anySeatOf(unsc)));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("https://quorum.dev/problems/conflict");
        JsonNode kept = advisor.get(path(school)).json();
        assertThat(kept.get("version").asLong()).isEqualTo(1);
        assertThat(kept.get("choices").get(0).get("committeeId").asString()).isEqualTo(id(sco));
    }

    @Test
    void anotherSchoolsAdvisorNeitherSeesNorChangesTheRanking() {
        advisor.put(path(school), choices(seat(sco, "Kazakhstan")));
        JsonNode before = advisor.get(path(school)).json();
        ApiClient neighbour =
                fixtures.apply(conference, "Neighbour School " + newId()).advisor();

        ApiClient.Response read = neighbour.get(path(school));
        ApiClient.Response write = neighbour.put(path(school), choices(anySeatOf(unsc)));

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().get("type").asString()).isEqualTo("https://quorum.dev/problems/not-found");
        assertThat(write.status()).isEqualTo(404);

        ApiClient foreignSecretariat = fixtures.secretariatOf(fixtures.openConference());
        assertThat(foreignSecretariat.get(path(school)).status()).isEqualTo(404);
        assertThat(foreignSecretariat
                        .put(path(school), choices(anySeatOf(unsc)))
                        .status())
                .isEqualTo(404);
        assertThat(api.put(path(school), choices(anySeatOf(unsc))).status()).isEqualTo(401);

        assertThat(advisor.get(path(school)).json()).isEqualTo(before);
    }

    @Test
    void aRetriedPutWithTheSameIdempotencyKeyIsAppliedOnce() {
        ApiClient keyed =
                advisor.withHeader("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, Object> ranking = choices(seat(sco, "Kazakhstan"), anySeatOf(unsc));

        ApiClient.Response first = keyed.put(path(school), ranking);
        ApiClient.Response retry = keyed.put(path(school), ranking);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(advisor.get(path(school)).json().get("version").asLong())
                .as("stored once")
                .isEqualTo(1);

        ApiClient.Response reused = keyed.put(path(school), choices(anySeatOf(unsc)));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(advisor.get(path(school)).json().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void theSecretariatsDecisionsOnTheSchoolKeepItsRanking() {
        advisor.put(path(school), choices(seat(sco, "Kazakhstan"), anySeatOf(unsc)));
        JsonNode ranked = advisor.get(path(school)).json();

        assertThat(secretariat.post("/api/schools/" + school + "/waitlist", "").status())
                .isEqualTo(200);
        ApiClient.Response accepted = secretariat.post("/api/schools/" + school + "/accept", "");

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().get("version").asLong())
                .as("ranking does not count as a change of the school")
                .isEqualTo(3);
        assertThat(advisor.get(path(school)).json()).isEqualTo(ranked);
    }

    private static String path(String schoolId) {
        return "/api/schools/" + schoolId + "/preferences";
    }

    private static String id(ObjectNode committee) {
        return committee.get("committeeId").asString();
    }

    private static Map<String, Object> seat(ObjectNode committee, String seatName) {
        Map<String, Object> choice = new HashMap<>();
        choice.put("committeeId", id(committee));
        choice.put("seatId", CommitteeEvents.seatId(committee, seatName));
        return choice;
    }

    private static Map<String, Object> anySeatOf(ObjectNode committee) {
        return Map.of("committeeId", id(committee));
    }

    /** The preferences the school's document holds, read from the store rather than through the API. */
    private Document storedPreferences() {
        return database.getCollection("schools")
                .find(Filters.eq("_id", school))
                .first()
                .get("preferences", Document.class);
    }

    @SafeVarargs
    private static Map<String, Object> choices(Map<String, Object>... choices) {
        return Map.of("choices", List.of(choices));
    }

    private static List<String> fields(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
