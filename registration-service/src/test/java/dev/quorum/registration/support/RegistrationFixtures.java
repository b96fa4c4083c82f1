package dev.quorum.registration.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.test.ApiClient;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the situations registration tests start from, through the public API: an open
 * conference, a school that applied, its advisor signed in. Names are unique per fixture so tests
 * sharing an application context never collide.
 */
public final class RegistrationFixtures {
    public static final String ADVISOR_PASSWORD = "advisor-password";

    private final ApiClient api;
    private final ApiClient secretariat;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    public RegistrationFixtures(ApiClient api, ApiClient secretariat) {
        this.api = api;
        this.secretariat = secretariat;
    }

    /** A conference open for registration, with room for {@code capacity} delegates. */
    public String openConference(int capacity) {
        String id = secretariat
                .post(
                        "/api/conferences",
                        Map.of(
                                "name", "ACIMUN'25",
                                "startDate", "2025-11-21",
                                "endDate", "2025-11-23",
                                "timeZone", "Europe/Istanbul",
                                "capacity", capacity))
                .json()
                .get("id")
                .asString();
        ApiClient.Response opened = secretariat.patch("/api/conferences/" + id, Map.of("status", "REGISTRATION_OPEN"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        return id;
    }

    /** A school's application body; its advisor's username is {@link #advisorUsername}. */
    public Map<String, Object> application(String conference, String school, int delegates) {
        Map<String, Object> body = new HashMap<>();
        body.put("conferenceId", conference);
        body.put("name", school);
        body.put("city", "Antalya");
        body.put("country", "Türkiye");
        body.put("requestedDelegates", delegates);
        body.put("contact", new HashMap<>(Map.of("advisorName", "Ayşe Yılmaz", "email", "advisor@school.example")));
        body.put("advisor", new HashMap<>(Map.of("username", advisorUsername(school), "password", ADVISOR_PASSWORD)));
        return body;
    }

    /** Applies and returns the school id. */
    public String applySchool(String conference, String school, int delegates) {
        ApiClient.Response response = api.post("/api/schools", application(conference, school, delegates));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    /** The school's advisor, signed in. */
    public ApiClient advisorOf(String school) {
        return api.withToken(api.signIn(advisorUsername(school), ADVISOR_PASSWORD));
    }

    public String advisorUsername(String school) {
        return "advisor-" + school.strip().toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + run;
    }
}
