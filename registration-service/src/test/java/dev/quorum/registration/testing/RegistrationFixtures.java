package dev.quorum.registration.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.security.Roles;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.registration.account.application.AccountRepository;
import dev.quorum.registration.account.domain.Account;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Builds the situations registration tests start from, through the public API the way people make
 * them: the Secretariat plans and opens a conference, an advisor applies and signs in. Names are
 * unique per fixture so tests sharing an application context never collide.
 */
public final class RegistrationFixtures {
    public static final String ADVISOR_PASSWORD = "advisor-password";

    private static final String STORED_ACCOUNT_PASSWORD = "other-password";

    private final ApiClient api;
    private final ApiClient secretariat;
    private final Map<String, String> advisorUsernames = new ConcurrentHashMap<>();

    public RegistrationFixtures(ApiClient api, ApiClient secretariat) {
        this.api = api;
        this.secretariat = secretariat;
    }

    /** A conference open for registration, free and without a capacity limit. */
    public String openConference() {
        return openConference(null, null);
    }

    /** A free conference open for registration, with room for {@code capacity} delegates. */
    public String openConference(int capacity) {
        return openConference(capacity, null);
    }

    /** A conference open for registration that charges {@code fees}, without a capacity limit. */
    public String openConference(Map<String, Object> fees) {
        return openConference(null, fees);
    }

    /** A conference open for registration; a null capacity or fees is left out of the request. */
    public String openConference(Integer capacity, Map<String, Object> fees) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "name", "ACIMUN'25",
                "startDate", "2025-11-21",
                "endDate", "2025-11-23",
                "timeZone", "Europe/Istanbul"));
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        if (fees != null) {
            body.put("fees", fees);
        }
        ApiClient.Response created = secretariat.post("/api/conferences", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        ApiClient.Response opened = secretariat.patch("/api/conferences/" + id, Map.of("status", "REGISTRATION_OPEN"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        return id;
    }

    /**
     * A school's application body (the service chooses the advisor's username; {@link
     * #applySchool} records it). The nested maps are mutable so a test can spoil one field.
     */
    public Map<String, Object> application(String conference, String school, int delegates) {
        Map<String, Object> body = new HashMap<>();
        body.put("conferenceId", conference);
        body.put("name", school);
        body.put("city", "Antalya");
        body.put("country", "Türkiye");
        body.put("requestedDelegates", delegates);
        body.put("contact", new HashMap<>(Map.of("advisorName", "Ayşe Yılmaz", "email", "advisor@school.example")));
        body.put("advisor", new HashMap<>(Map.of("password", ADVISOR_PASSWORD)));
        return body;
    }

    /** Applies and returns the school id; the advisor's username is then {@link #advisorUsername}. */
    public String applySchool(String conference, String school, int delegates) {
        return applied(conference, school, delegates).get("id").asString();
    }

    /**
     * A school of four delegates that applied to the conference, with its advisor signed in by the
     * token the application answered (no second password check).
     */
    public AppliedSchool apply(String conference, String school) {
        JsonNode answer = applied(conference, school, 4);
        return new AppliedSchool(
                answer.get("id").asString(),
                api.withToken(answer.get("advisor").get("access_token").asString()));
    }

    private JsonNode applied(String conference, String school, int delegates) {
        ApiClient.Response response = api.post("/api/schools", application(conference, school, delegates));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        advisorUsernames.put(
                school, response.json().get("advisor").get("username").asString());
        return response.json();
    }

    /** The school's advisor, signed in with the username the service gave it. */
    public ApiClient advisorOf(String school) {
        return api.withToken(api.signIn(advisorUsername(school), ADVISOR_PASSWORD));
    }

    /** The username the service gave the advisor of {@code school}, applied through {@link #applySchool}. */
    public String advisorUsername(String school) {
        String username = advisorUsernames.get(school);
        assertThat(username)
                .as("no application of %s through these fixtures", school)
                .isNotNull();
        return username;
    }

    /**
     * A Secretariat member of {@code conferenceId} only, appointed by the Secretariat of the
     * deployment through {@code POST /api/conferences/{id}/secretariat} and signed in. Tests use it
     * to show that the role alone opens no other conference.
     */
    public ApiClient secretariatOf(String conferenceId) {
        String username = "secretariat-" + UUID.randomUUID();
        ApiClient.Response appointed = secretariat.post(
                "/api/conferences/" + conferenceId + "/secretariat",
                Map.of("username", username, "password", STORED_ACCOUNT_PASSWORD));
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(201);
        return api.withToken(api.signIn(username, STORED_ACCOUNT_PASSWORD));
    }

    /** An advisor of {@code schoolId} in {@code conferenceId}, stored without an application, signed in. */
    public ApiClient advisorAccountOf(
            String conferenceId, String schoolId, AccountRepository accounts, PasswordEncoder passwords) {
        return storedAccount(Roles.ADVISOR, conferenceId, Optional.of(schoolId), accounts, passwords);
    }

    private ApiClient storedAccount(
            String role,
            String conferenceId,
            Optional<String> school,
            AccountRepository accounts,
            PasswordEncoder passwords) {
        String username = role.toLowerCase() + "-" + UUID.randomUUID();
        accounts.insertIfAbsent(new Account(
                UUID.randomUUID().toString(),
                username,
                passwords.encode(STORED_ACCOUNT_PASSWORD),
                List.of(role),
                List.of(conferenceId),
                school,
                List.of(),
                Optional.empty()));
        return api.withToken(api.signIn(username, STORED_ACCOUNT_PASSWORD));
    }

    /** A school and its advisor's client. */
    public record AppliedSchool(String id, ApiClient advisor) {}
}
