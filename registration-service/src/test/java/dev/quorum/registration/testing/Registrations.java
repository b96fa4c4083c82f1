package dev.quorum.registration.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.test.ApiClient;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Conferences and schools made through the public API, the way people make them: the
 * Secretariat plans and opens a conference, an advisor applies and signs in.
 */
public final class Registrations {
    public static final String ADVISOR_PASSWORD = "advisor-password";

    private final ApiClient api;
    private final ApiClient secretariat;

    public Registrations(ApiClient api, ApiClient secretariat) {
        this.api = api;
        this.secretariat = secretariat;
    }

    /** A conference open for registration, without a capacity limit. */
    public String openConference() {
        ApiClient.Response created = secretariat.post(
                "/api/conferences",
                Map.of(
                        "name", "ACIMUN'25",
                        "startDate", "2025-11-21",
                        "endDate", "2025-11-23",
                        "timeZone", "Europe/Istanbul"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        ApiClient.Response opened = secretariat.patch("/api/conferences/" + id, Map.of("status", "REGISTRATION_OPEN"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        return id;
    }

    /** A school that applied to the conference, with its advisor signed in. */
    public AppliedSchool apply(String conferenceId, String schoolName) {
        String username = "advisor-" + UUID.randomUUID();
        Map<String, Object> body = new HashMap<>();
        body.put("conferenceId", conferenceId);
        body.put("name", schoolName);
        body.put("requestedDelegates", 4);
        body.put("contact", Map.of("advisorName", "Ayşe Yılmaz", "email", "advisor@school.example"));
        body.put("advisor", Map.of("username", username, "password", ADVISOR_PASSWORD));
        ApiClient.Response applied = api.post("/api/schools", body);
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        return new AppliedSchool(
                applied.json().get("id").asString(), api.withToken(api.signIn(username, ADVISOR_PASSWORD)));
    }

    /** A school and its advisor's client. */
    public record AppliedSchool(String id, ApiClient advisor) {}
}
