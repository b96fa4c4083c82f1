package dev.quorum.registration.fee.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.platform.test.Race;
import dev.quorum.registration.testing.RegistrationFixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

@QuorumIntegrationTest
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
class FeeApiIT {
    private static final Map<String, Object> EUR_FEES =
            Map.of("currency", "EUR", "perSchool", 150, "perDelegate", 45.5);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Istanbul"));

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
    void anAcceptedSchoolOwesTheSchoolFeePlusTheFeePerDelegate() {
        String school = fixtures.applySchool(fixtures.openConference(EUR_FEES), "Arithmetic College", 12);

        ApiClient.Response statement = secretariat.get("/api/schools/" + school + "/statement");

        assertThat(statement.status()).as(statement.body()).isEqualTo(200);
        JsonNode s = statement.json();
        assertThat(s.get("schoolId").asString()).isEqualTo(school);
        assertThat(s.get("currency").asString()).isEqualTo("EUR");
        assertThat(s.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(s.get("delegates").asInt()).isEqualTo(12);
        assertThat(s.get("lines").valueStream().map(l -> l.get("kind").asString()))
                .containsExactly("SCHOOL_FEE", "DELEGATE_FEES");
        assertThat(s.get("lines").get(0).get("amount").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(s.get("lines").get(1).get("amount").decimalValue()).isEqualByComparingTo("546.00");
        assertThat(s.get("owed").decimalValue()).isEqualByComparingTo("696.00");
        assertThat(s.get("paid").decimalValue()).isEqualByComparingTo("0");
        assertThat(s.get("balance").decimalValue()).isEqualByComparingTo("696.00");
        assertThat(statement.body()).as("exact decimals, 2 places").contains("\"owed\":696.00");
    }

    @Test
    void partialPaymentsReduceTheBalanceAndAnOverpaymentIsACredit() {
        String conference = fixtures.openConference(EUR_FEES);
        createdDaysAgo(conference, 10);
        String school = fixtures.applySchool(conference, "Partial Payers School", 12);

        ApiClient.Response first = pay(school, payment("300", "BANK_TRANSFER", "BT-1", TODAY));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("amount").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(first.json().get("conferenceId").asString()).isEqualTo(conference);
        pay(school, payment("200.50", "CASH", null, TODAY.minusDays(3)));

        JsonNode partial = statement(secretariat, school);
        assertThat(partial.get("paid").decimalValue()).isEqualByComparingTo("500.50");
        assertThat(partial.get("balance").decimalValue()).isEqualByComparingTo("195.50");
        assertThat(partial.get("lines")
                        .valueStream()
                        .skip(2)
                        .map(l -> l.get("date").asString()))
                .as("payments in the order received")
                .containsExactly(TODAY.minusDays(3).toString(), TODAY.toString());

        pay(school, payment("295.50", "CARD", null, TODAY));
        JsonNode over = statement(secretariat, school);
        assertThat(over.get("balance").decimalValue()).isEqualByComparingTo("-100.00");

        ApiClient.Response adjustment = pay(school, payment("-100", "ADJUSTMENT", "card payment counted twice", TODAY));
        assertThat(adjustment.status()).as(adjustment.body()).isEqualTo(201);
        JsonNode settled = statement(secretariat, school);
        assertThat(settled.get("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(settled.get("lines").get(5).get("kind").asString()).isEqualTo("ADJUSTMENT");

        List<Document> stored = database.getCollection("payments")
                .find(Filters.eq("schoolId", school))
                .into(new java.util.ArrayList<>());
        assertThat(stored).hasSize(4).allSatisfy(d -> {
            assertThat(d.getString("conferenceId")).isEqualTo(conference);
            assertThat(d.getString("recordedBy")).isNotBlank();
            assertThat(d.getDate("recordedAt")).isNotNull();
        });
    }

    @Test
    void aPaymentInAnotherCurrencyIsRefusedNamingCurrency() {
        String school = fixtures.applySchool(fixtures.openConference(EUR_FEES), "Dollar Academy", 3);

        ApiClient.Response refused = pay(school, payment("100", "USD", "CASH", null, TODAY));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("currency");
        assertThat(paymentsOf(school)).isZero();
    }

    @Test
    void aFreeConferenceChargesNothingAndTakesNoPayments() {
        String school = fixtures.applySchool(fixtures.openConference(), "Free Lunch School", 12);

        JsonNode statement = statement(secretariat, school);
        assertThat(statement.get("owed").decimalValue()).isEqualByComparingTo("0");
        assertThat(statement.get("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(statement.get("lines").size()).isZero();
        assertThat(absent(statement.get("currency"))).isTrue();
        assertThat(statement.get("note").asString()).contains("free");

        ApiClient.Response refused = pay(school, payment("10", "CASH", null, TODAY));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("currency");
        assertThat(paymentsOf(school)).isZero();
    }

    @Test
    void aWaitlistedSchoolOwesNothingYet() {
        String conference = fixtures.openConference(10, EUR_FEES);
        fixtures.applySchool(conference, "First In Line", 8);
        String waiting = fixtures.applySchool(conference, "Second In Line", 5);

        JsonNode statement = statement(secretariat, waiting);

        assertThat(statement.get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(statement.get("delegates").asInt()).isZero();
        assertThat(statement.get("owed").decimalValue()).isEqualByComparingTo("0");
        assertThat(statement.get("lines").size()).isZero();
        assertThat(statement.get("note").asString()).contains("waitlist");
    }

    @Test
    void theAdvisorReadsItsOwnStatementOnlyAndCannotRecordPayments() {
        String conference = fixtures.openConference(EUR_FEES);
        String mine = fixtures.applySchool(conference, "Mine Academy", 4);
        String theirs = fixtures.applySchool(conference, "Theirs Academy", 4);
        ApiClient advisor = fixtures.advisorOf("Mine Academy");

        ApiClient.Response own = advisor.get("/api/schools/" + mine + "/statement");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("owed").decimalValue()).isEqualByComparingTo("332.00");

        assertThat(advisor.get("/api/schools/" + theirs + "/statement").status())
                .isEqualTo(404);
        assertThat(advisor.post("/api/schools/" + theirs + "/payments", payment("10", "CASH", null, TODAY))
                        .status())
                .isEqualTo(404);
        ApiClient.Response forbidden =
                advisor.post("/api/schools/" + mine + "/payments", payment("10", "CASH", null, TODAY));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("type").asString()).isEqualTo("https://quorum.dev/problems/forbidden");
        assertThat(paymentsOf(mine)).isZero();
    }

    @Test
    void anotherConferencesSecretariatAndUnknownSchoolsGet404() {
        String school = fixtures.applySchool(fixtures.openConference(EUR_FEES), "Private Matters School", 4);
        ApiClient foreign = fixtures.secretariatOf(fixtures.openConference());

        assertThat(foreign.get("/api/schools/" + school + "/statement").status())
                .isEqualTo(404);
        assertThat(foreign.post("/api/schools/" + school + "/payments", payment("10", "CASH", null, TODAY))
                        .status())
                .isEqualTo(404);
        assertThat(secretariat.get("/api/schools/no-such-school/statement").status())
                .isEqualTo(404);
        assertThat(pay("no-such-school", payment("10", "CASH", null, TODAY)).status())
                .isEqualTo(404);
        assertThat(api.get("/api/schools/" + school + "/statement").status())
                .as("no token")
                .isEqualTo(401);
        assertThat(paymentsOf(school)).isZero();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyRecordsOnePayment() {
        String school = fixtures.applySchool(fixtures.openConference(EUR_FEES), "Retry High", 2);
        ApiClient keyed =
                secretariat.withHeader("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, Object> body = payment("100", "BANK_TRANSFER", "BT-77", TODAY);

        ApiClient.Response first = keyed.post("/api/schools/" + school + "/payments", body);
        ApiClient.Response retry = keyed.post("/api/schools/" + school + "/payments", body);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        assertThat(paymentsOf(school)).isEqualTo(1);
        assertThat(statement(secretariat, school).get("paid").decimalValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void ofTwentySimultaneousAdjustmentsOnlyAsManyPassAsThePaymentsCover() throws Exception {
        String school = fixtures.applySchool(fixtures.openConference(EUR_FEES), "Concurrent Clerks College", 2);
        assertThat(pay(school, payment("100", "BANK_TRANSFER", "BT-1", TODAY)).status())
                .isEqualTo(201);

        List<String> references =
                IntStream.range(0, 20).mapToObj(i -> "correction " + i).toList();
        List<Integer> statuses = Race.run(
                references,
                reference -> pay(school, payment("-30", "ADJUSTMENT", reference, TODAY))
                        .status());

        assertThat(statuses.stream().filter(s -> s == 201))
                .as("100 paid covers three corrections of 30")
                .hasSize(3);
        assertThat(statuses.stream().filter(s -> s == 400)).hasSize(17);
        assertThat(paymentsOf(school)).isEqualTo(4);
        assertThat(statement(secretariat, school).get("paid").decimalValue()).isEqualByComparingTo("10.00");
    }

    @Test
    void invalidPaymentsAreValidationProblemsNamingTheFields() {
        String school = fixtures.applySchool(fixtures.openConference(EUR_FEES), "Careless Clerks College", 2);

        Map<String, Object> bad = new HashMap<>();
        bad.put("amount", 10.005);
        bad.put("currency", "euro");
        bad.put("reference", "x".repeat(101));
        ApiClient.Response invalid = pay(school, bad);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("type").asString()).isEqualTo("https://quorum.dev/problems/validation");
        assertThat(fields(invalid)).contains("amount", "currency", "method", "reference", "receivedOn");

        assertThat(fields(pay(school, payment("2000000", "CASH", null, TODAY)))).containsExactly("amount");
        assertThat(fields(pay(school, payment("0", "CASH", null, TODAY)))).containsExactly("amount");
        assertThat(fields(pay(school, payment("-5", "CASH", "not allowed", TODAY))))
                .containsExactly("amount");
        assertThat(fields(pay(school, payment("-5", "ADJUSTMENT", null, TODAY))))
                .containsExactly("reference");
        assertThat(fields(pay(school, payment("-5", "ADJUSTMENT", "nothing to correct", TODAY))))
                .as("would take what was paid below zero")
                .containsExactly("amount");
        assertThat(fields(pay(school, payment("10", "CASH", null, TODAY.plusDays(2)))))
                .containsExactly("receivedOn");
        assertThat(fields(pay(school, payment("10", "CASH", null, TODAY.minusDays(1)))))
                .as("before the conference was created")
                .containsExactly("receivedOn");
        assertThat(fields(pay(school, payment("10", "CASH", null, LocalDate.MIN))))
                .containsExactly("receivedOn");
        Map<String, Object> cheque = payment("10", "CASH", null, TODAY);
        cheque.put("method", "CHEQUE");
        assertThat(fields(pay(school, cheque))).containsExactly("method");
        assertThat(paymentsOf(school)).isZero();
    }

    @Test
    void theOpenApiDocumentSaysWhoOwesWhat() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");

        assertThat(paths.get("/api/schools/{id}/payments")
                        .get("post")
                        .get("description")
                        .asString())
                .contains("ADJUSTMENT", "refunds are out of scope", "403");
        assertThat(paths.get("/api/schools/{id}/statement")
                        .get("get")
                        .get("description")
                        .asString())
                .contains("ACCEPTED", "WAITLISTED", "WITHDRAWN", "refunds are out of scope", "negative is a credit");
    }

    private JsonNode statement(ApiClient caller, String school) {
        ApiClient.Response response = caller.get("/api/schools/" + school + "/statement");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private ApiClient.Response pay(String school, Map<String, Object> body) {
        return secretariat.post("/api/schools/" + school + "/payments", body);
    }

    private static Map<String, Object> payment(String amount, String method, String reference, LocalDate on) {
        return payment(amount, "EUR", method, reference, on);
    }

    private static Map<String, Object> payment(
            String amount, String currency, String method, String reference, LocalDate on) {
        Map<String, Object> body = new HashMap<>();
        body.put("amount", new java.math.BigDecimal(amount));
        body.put("currency", currency);
        body.put("method", method);
        body.put("reference", reference);
        body.put("receivedOn", on.toString());
        return body;
    }

    private static List<String> fields(ApiClient.Response problem) {
        assertThat(problem.status()).as(problem.body()).isEqualTo(400);
        return problem.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private long paymentsOf(String school) {
        return database.getCollection("payments").countDocuments(Filters.eq("schoolId", school));
    }

    /** Payments may date back to the day the conference was created: this one was, ten days ago. */
    private void createdDaysAgo(String conference, int days) {
        database.getCollection("conferences")
                .updateOne(
                        com.mongodb.client.model.Filters.eq("_id", conference),
                        com.mongodb.client.model.Updates.set(
                                "createdAt",
                                java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(days)))));
    }
}
