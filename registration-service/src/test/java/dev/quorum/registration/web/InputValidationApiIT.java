package dev.quorum.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.registration.testing.RegistrationFixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Input the API used to accept, or answer with a 500: each is now a 400 validation problem that
 * names the field, and nothing reaches the store.
 */
@QuorumIntegrationTest
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
class InputValidationApiIT {
    // 37 Cyrillic letters: 37 characters, 74 bytes of UTF-8, over bcrypt's 72.
    private static final String CYRILLIC_37 = "д".repeat(37);

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
    void passwordOverBcryptsSeventyTwoBytesIsRefusedOnApplicationChairAndSignIn() {
        String conference = fixtures.openConference();
        Map<String, Object> application = fixtures.application(conference, "Long Password School", 4);
        advisorOf(application).put("password", CYRILLIC_37);
        assertRejectedStoringNothing(
                () -> api.post("/api/schools", application), "advisor.password", "schools", "accounts");

        Map<String, Object> chair =
                Map.of("username", "chair-long-password", "password", CYRILLIC_37, "committees", List.of("c1"));
        assertRejectedStoringNothing(
                () -> secretariat.post("/api/conferences/" + conference + "/chairs", chair), "password", "accounts");

        ApiClient.Response signIn =
                api.post("/api/auth/token", Map.of("username", "secretariat", "password", CYRILLIC_37));
        assertValidationProblem(signIn, "password");
    }

    @Test
    void pageWhoseOffsetWouldOverflowIsRefusedOnEveryList() {
        String conference = fixtures.openConference();
        String page = "page=21474837&size=100";
        for (String list : List.of(
                "/api/conferences?" + page,
                "/api/schools?conferenceId=" + conference + "&" + page,
                "/api/conferences/" + conference + "/committees?" + page,
                "/api/conferences/" + conference + "/seat-assignments?" + page,
                "/api/conferences/" + conference + "/free-seats?" + page)) {
            assertValidationProblem(secretariat.get(list), "page");
        }
    }

    @Test
    void valuesOfTheWrongJsonTypeAreNotCoerced() {
        assertConferenceRefused(Map.of("capacity", 1.5), "capacity");
        assertConferenceRefused(Map.of("name", 12345), "name");
        assertConferenceRefused(Map.of("capacity", "40"), "capacity");
        assertConferenceRefused(
                Map.of("fees", Map.of("currency", "EUR", "perSchool", "5.00", "perDelegate", 1)), "fees.perSchool");
        assertConferenceRefused(
                Map.of(
                        "registrationWindows",
                        List.of(Map.of("opensAt", 1764000000, "closesAt", "2025-11-30T00:00:00Z"))),
                "registrationWindows[0].opensAt");
    }

    @Test
    void nullWindowsAndDatesOutsideTwoThousandToTwentyOneHundredAreRefused() {
        List<Object> nullWindow = new java.util.ArrayList<>();
        nullWindow.add(null);
        assertConferenceRefused(Map.of("registrationWindows", nullWindow), "registrationWindows[0]");
        assertConferenceRefused(
                Map.of(
                        "registrationWindows",
                        List.of(Map.of("opensAt", "2025-01-01T00:00:00Z", "closesAt", "+999999999-12-31T23:59:59Z"))),
                "registrationWindows");
        assertConferenceRefused(
                Map.of(
                        "registrationWindows",
                        List.of(Map.of("opensAt", "-999999999-01-01T00:00:00Z", "closesAt", "2025-01-01T00:00:00Z"))),
                "registrationWindows");
        assertConferenceRefused(Map.of("startDate", "1999-12-31"), "startDate");
        assertConferenceRefused(Map.of("endDate", "+999999999-12-31"), "endDate");

        String conference = fixtures.openConference();
        ApiClient.Response patched =
                secretariat.patch("/api/conferences/" + conference, Map.of("registrationWindows", nullWindow));
        assertValidationProblem(patched, "registrationWindows[0]");
    }

    @Test
    void controlAndBidirectionalCharactersAreRefusedInNames() {
        String conference = fixtures.openConference();
        for (String name : List.of("Nul\u0000School", "Evil\u202Eloohcs", "Line\nBreak")) {
            Map<String, Object> application = fixtures.application(conference, "Plain", 4);
            application.put("name", name);
            assertRejectedStoringNothing(() -> api.post("/api/schools", application), "name", "schools", "accounts");
        }
        assertConferenceRefused(Map.of("venue", "Side\u202E"), "venue");
    }

    @Test
    void unknownCurrencyAndOffsetTimeZoneAreRefused() {
        assertConferenceRefused(
                Map.of("fees", Map.of("currency", "ZZZ", "perSchool", 1, "perDelegate", 1)), "fees.currency");
        assertConferenceRefused(Map.of("timeZone", "+03:00"), "timeZone");
    }

    @Test
    void ifMatchStarMatchesAnyVersion() {
        String conference = fixtures.openConference();

        ApiClient.Response changed = secretariat
                .withHeader("If-Match", "*")
                .patch("/api/conferences/" + conference, Map.of("venue", "Side"));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("venue").asString()).isEqualTo("Side");
    }

    @Test
    void schoolListOfAConferenceIdThatIsNoIdIsRefused() {
        assertValidationProblem(secretariat.get("/api/schools?conferenceId=not-a-uuid"), "conferenceId");
    }

    @Test
    void allocationMoveChecksTheSizeOfItsBody() {
        String conference = fixtures.openConference();

        ApiClient.Response moved = secretariat.put(
                "/api/conferences/" + conference + "/allocations/no-such-allocation/seats/some-seat",
                Map.of("schoolId", "s".repeat(65)));

        assertValidationProblem(moved, "schoolId");
    }

    @Test
    void usernamesAndSchoolNamesAreComparedAfterNfkcAndCaseFolding() {
        String conference = fixtures.openConference();
        ApiClient.Response applied = api.post("/api/schools", fixtures.application(conference, "Folding College", 4));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);

        // Advisors no longer choose usernames (ADR 30); staff accounts still do.
        long accountsBefore = database.getCollection("accounts").countDocuments();
        ApiClient.Response sameName = secretariat.post(
                "/api/conferences/" + conference + "/secretariat",
                Map.of("username", "SECRETARIAT", "password", "other-password"));
        assertThat(sameName.status()).as(sameName.body()).isEqualTo(409);
        assertThat(database.getCollection("accounts").countDocuments()).isEqualTo(accountsBefore);

        for (String lookalike : List.of("Folding\u00A0College", "\uFF26olding College")) {
            Map<String, Object> sameSchool = fixtures.application(conference, lookalike, 4);
            long before = database.getCollection("schools").countDocuments();
            ApiClient.Response again = api.post("/api/schools", sameSchool);
            assertThat(again.status()).as(lookalike + ": " + again.body()).isEqualTo(409);
            assertThat(database.getCollection("schools").countDocuments()).isEqualTo(before);
        }
    }

    private void assertConferenceRefused(Map<String, Object> spoiled, String field) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "name",
                "Strict MUN",
                "startDate",
                "2025-11-21",
                "endDate",
                "2025-11-23",
                "timeZone",
                "Europe/Istanbul"));
        body.putAll(spoiled);
        assertRejectedStoringNothing(() -> secretariat.post("/api/conferences", body), field, "conferences");
    }

    private void assertRejectedStoringNothing(
            Supplier<ApiClient.Response> request, String field, String... collections) {
        Map<String, Long> before = counts(collections);
        assertValidationProblem(request.get(), field);
        assertThat(counts(collections)).as("nothing stored").isEqualTo(before);
    }

    private Map<String, Long> counts(String... collections) {
        Map<String, Long> counts = new HashMap<>();
        for (String collection : collections) {
            counts.put(collection, database.getCollection(collection).countDocuments());
        }
        return counts;
    }

    private static void assertValidationProblem(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .as(response.body())
                .contains(field);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> advisorOf(Map<String, Object> application) {
        return (Map<String, Object>) application.get("advisor");
    }
}
