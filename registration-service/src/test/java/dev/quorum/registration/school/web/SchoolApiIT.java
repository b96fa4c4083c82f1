package dev.quorum.registration.school.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.KafkaTestClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.platform.test.Race;
import dev.quorum.registration.account.application.AccountRepository;
import dev.quorum.registration.testing.RegistrationFixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@QuorumIntegrationTest
@SuppressWarnings("unchecked")
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
class SchoolApiIT {
    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    AccountRepository accounts;

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
    void schoolWithRoomIsAcceptedAtOnceAndItsAdvisorCanSignInAndReadIt() {
        String conference = openConference(20);

        ApiClient.Response applied = api.post("/api/schools", application(conference, "Antalya Bilim College", 12));

        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        String schoolId = applied.json().get("id").asString();
        assertThat(applied.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(applied.header("Cache-Control")).isEqualTo("no-store");
        String firstToken = applied.json().get("advisor").get("access_token").asString();
        assertThat(api.withToken(firstToken).get("/api/schools/" + schoolId).status())
                .as("the answered token signs the advisor in")
                .isEqualTo(200);
        String username = applied.json().get("advisor").get("username").asString();
        String advisor = api.signIn(username, "advisor-password");
        ApiClient.Response own = api.withToken(advisor).get("/api/schools/" + schoolId);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("contact").get("email").asString()).isEqualTo("advisor@school.example");

        var records = KafkaTestClient.awaitRecords(
                "registration.events",
                r -> schoolId.equals(KafkaTestClient.header(r, "ce_subject"))
                        && "quorum.registration.SchoolAccepted.v1".equals(KafkaTestClient.header(r, "ce_type")),
                Duration.ofSeconds(30));
        assertThat(records.stream()
                        .filter(r -> schoolId.equals(KafkaTestClient.header(r, "ce_subject")))
                        .map(r -> KafkaTestClient.header(r, "ce_type")))
                .containsExactly("quorum.registration.SchoolApplied.v1", "quorum.registration.SchoolAccepted.v1");
        assertThat(records.stream().filter(r -> schoolId.equals(KafkaTestClient.header(r, "ce_subject"))))
                .allSatisfy(r -> assertThat(r.key()).as("keyed by conference").isEqualTo(conference));
    }

    @Test
    void beyondCapacitySchoolsWaitInArrivalOrderAndArePromotedWhenRoomFreesUp() {
        String conference = openConference(20);
        String a = apply(conference, "School A", 12);
        String b = apply(conference, "School B", 10);
        String c = apply(conference, "School C", 5); // would fit, but B waits first

        assertThat(status(b)).isEqualTo("WAITLISTED");
        assertThat(status(c)).isEqualTo("WAITLISTED");
        ApiClient.Response waiting = secretariat.get("/api/schools?conferenceId=" + conference + "&status=WAITLISTED");
        assertThat(waiting.status()).as(waiting.body()).isEqualTo(200);
        assertThat(waiting.json()
                        .get("items")
                        .valueStream()
                        .map(s -> s.get("id").asString()))
                .as("arrival order")
                .containsExactly(b, c);

        ApiClient.Response withdrawn = secretariat.post("/api/schools/" + a + "/withdraw", "");
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");

        assertThat(status(b)).isEqualTo("ACCEPTED");
        assertThat(status(c)).isEqualTo("ACCEPTED");
        assertThat(acceptedDelegates(conference)).isEqualTo(15);
    }

    @Test
    void raisingTheCapacityPromotesTheWaitlistInArrivalOrder() {
        String conference = openConference(10);
        apply(conference, "First In", 10);
        String second = apply(conference, "Second In", 6);
        String third = apply(conference, "Third In", 6);

        ApiClient.Response raised = secretariat.patch("/api/conferences/" + conference, Map.of("capacity", 20));

        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        assertThat(status(second)).isEqualTo("ACCEPTED");
        assertThat(status(third)).as("6 more would exceed 20").isEqualTo("WAITLISTED");
        assertThat(acceptedDelegates(conference)).isEqualTo(16);
    }

    @Test
    void theSameSchoolCannotApplyTwiceAndTheRefusalLeavesNoAccount() {
        String conference = openConference(100);
        apply(conference, "Kazakh-Turkish Lyceum", 4);

        long accountsBefore = database.getCollection("accounts").countDocuments();
        ApiClient.Response duplicate =
                api.post("/api/schools", application(conference, "  kazakh-turkish   LYCEUM ", 4));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("type").asString()).isEqualTo("https://quorum.dev/problems/conflict");
        assertThat(database.getCollection("accounts").countDocuments()).isEqualTo(accountsBefore);
    }

    @Test
    void advisorsWithTheSameNameEachGetTheirOwnUsername() {
        String conference = openConference(100);
        List<String> usernames = new ArrayList<>();
        for (String school : List.of("Namesake College " + UUID.randomUUID(), "Namesake Lyceum " + UUID.randomUUID())) {
            Map<String, Object> body = application(conference, school, 2);
            ((Map<String, Object>) body.get("contact")).put("advisorName", "Ayşe YILMAZ");
            ApiClient.Response applied = api.post("/api/schools", body);
            assertThat(applied.status()).as(applied.body()).isEqualTo(201);
            usernames.add(applied.json().get("advisor").get("username").asString());
        }

        assertThat(usernames).allMatch(u -> u.matches("ayse\\.yilmaz\\.[a-z2-9]{8}"));
        assertThat(usernames.get(0)).isNotEqualTo(usernames.get(1));
        for (String username : usernames) {
            assertThat(accounts.findByUsername(username)).isPresent();
        }
    }

    /**
     * The applicant cannot choose a username, so no answer can tell a taken name from a free one:
     * both are the same refusal, and nothing is stored. (Red while a chosen username was used.)
     */
    @Test
    void aTakenAndAFreeUsernameGetTheSameAnswer() {
        String conference = openConference(100);
        long accountsBefore = database.getCollection("accounts").countDocuments();

        List<ApiClient.Response> answers = new ArrayList<>();
        for (String username : List.of("secretariat", "free-" + UUID.randomUUID())) {
            Map<String, Object> body = application(conference, "Chooser " + UUID.randomUUID(), 2);
            ((Map<String, Object>) body.get("advisor")).put("username", username);
            answers.add(api.post("/api/schools", body));
        }

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("advisor.username");
        });
        assertThat(answers.get(0).json().get("errors"))
                .isEqualTo(answers.get(1).json().get("errors"));
        assertThat(database.getCollection("accounts").countDocuments()).isEqualTo(accountsBefore);
    }

    @Test
    void anApplicationLargerThanTheConferenceAllowsIsRefusedNamingTheField() {
        String conference = openConference(200);
        long schoolsBefore = database.getCollection("schools").countDocuments();

        ApiClient.Response tooLarge =
                api.post("/api/schools", application(conference, "Hoarder " + UUID.randomUUID(), 51));

        assertThat(tooLarge.status()).as("default: a quarter of 200").isEqualTo(400);
        assertThat(tooLarge.json().get("errors").get(0).get("field").asString()).isEqualTo("requestedDelegates");
        assertThat(database.getCollection("schools").countDocuments()).isEqualTo(schoolsBefore);
        assertThat(api.post("/api/schools", application(conference, "Fair " + UUID.randomUUID(), 50))
                        .status())
                .isEqualTo(201);

        ApiClient.Response lowered =
                secretariat.patch("/api/conferences/" + conference, Map.of("maxDelegatesPerApplication", 8));
        assertThat(lowered.status()).as(lowered.body()).isEqualTo(200);
        assertThat(lowered.json().get("maxDelegatesPerApplication").asInt()).isEqualTo(8);
        assertThat(api.post("/api/schools", application(conference, "Nine " + UUID.randomUUID(), 9))
                        .status())
                .isEqualTo(400);
        ApiClient.Response unbounded =
                secretariat.patch("/api/conferences/" + conference, Map.of("maxDelegatesPerApplication", 501));
        assertThat(unbounded.status()).isEqualTo(400);
        assertThat(unbounded.json().get("errors").get(0).get("field").asString())
                .isEqualTo("maxDelegatesPerApplication");
    }

    @Test
    void applicationsWhenRegistrationIsNotOpenOrWithBadFieldsAreProblemsThatStoreNothing() {
        String draft = secretariat
                .post(
                        "/api/conferences",
                        Map.of(
                                "name", "Draft conference",
                                "startDate", "2025-11-21",
                                "endDate", "2025-11-23",
                                "timeZone", "Europe/Istanbul"))
                .json()
                .get("id")
                .asString();
        long schoolsBefore = database.getCollection("schools").countDocuments();

        ApiClient.Response closed = api.post("/api/schools", application(draft, "Early Bird School", 5));
        assertThat(closed.status()).isEqualTo(400);
        assertThat(closed.json().get("errors").get(0).get("field").asString()).isEqualTo("conferenceId");

        ApiClient.Response unknown = api.post("/api/schools", application("no-such-conference", "Lost School", 5));
        assertThat(unknown.status()).isEqualTo(400);

        Map<String, Object> bad = application(openConference(10), "x".repeat(201), 0);
        ((Map<String, Object>) bad.get("contact")).put("email", "not-an-email");
        ((Map<String, Object>) bad.get("advisor")).put("password", "short");
        ApiClient.Response invalid = api.post("/api/schools", bad);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .contains("name", "requestedDelegates", "contact.email", "advisor.password");

        assertThat(database.getCollection("schools").countDocuments()).isEqualTo(schoolsBefore);
    }

    @Test
    void concurrentApplicationsNeverOverfillTheConference() throws Exception {
        String conference = openConference(50);
        List<String> names =
                IntStream.range(0, 30).mapToObj(i -> "Rush School " + i).toList();
        List<ApiClient.Response> responses =
                Race.run(names, name -> api.post("/api/schools", application(conference, name, 5)));
        List<String> statuses = new ArrayList<>();
        for (ApiClient.Response r : responses) {
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            statuses.add(r.json().get("status").asString());
        }

        assertThat(statuses.stream().filter("ACCEPTED"::equals)).hasSize(10);
        assertThat(statuses.stream().filter("WAITLISTED"::equals)).hasSize(20);
        assertThat(acceptedDelegates(conference)).isEqualTo(50);
    }

    @Test
    void anAdvisorSeesAndChangesOnlyItsOwnSchool() {
        String conference = openConference(100);
        String mine = apply(conference, "Mine College", 3);
        String theirs = apply(conference, "Theirs College", 3);
        ApiClient advisor = fixtures.advisorOf("Mine College");

        assertThat(advisor.get("/api/schools/" + theirs).status()).isEqualTo(404);
        assertThat(advisor.post("/api/schools/" + theirs + "/withdraw", "").status())
                .isEqualTo(404);
        assertThat(advisor.post("/api/schools/" + mine + "/accept", "").status())
                .as("advisors do not decide")
                .isEqualTo(403);
        assertThat(advisor.get("/api/schools?conferenceId=" + conference).status())
                .isEqualTo(404);
        assertThat(status(theirs)).isEqualTo("ACCEPTED");

        ApiClient foreign = fixtures.secretariatOf(fixtures.openConference());
        assertThat(foreign.get("/api/schools/" + mine).status()).isEqualTo(404);
        assertThat(foreign.post("/api/schools/" + mine + "/waitlist", "").status())
                .isEqualTo(404);
        assertThat(status(mine)).isEqualTo("ACCEPTED");
    }

    private String status(String schoolId) {
        return secretariat.get("/api/schools/" + schoolId).json().get("status").asString();
    }

    private int acceptedDelegates(String conference) {
        return database.getCollection("capacity_ledgers")
                .find(Filters.eq("_id", conference))
                .first()
                .getInteger("accepted");
    }

    private String openConference(int capacity) {
        return fixtures.openConference(capacity);
    }

    private String apply(String conference, String name, int delegates) {
        return fixtures.applySchool(conference, name, delegates);
    }

    private Map<String, Object> application(String conference, String school, int delegates) {
        return fixtures.application(conference, school, delegates);
    }
}
