package dev.quorum.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.platform.test.ApiClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * A conference with one three-seat committee in session, every seat present, driven through the
 * gateway by its Secretariat (who may act as chair and for any seat): what the board test changes.
 */
record LiveCommittee(ApiClient secretariat, String conference, String session, Map<String, String> seats) {
    private static final List<String> NAMES = List.of("Brazil", "Japan", "Kenya");

    static LiveCommittee open(ApiClient secretariat, Duration arrival) {
        ApiClient.Response created = secretariat.post(
                "/api/conferences",
                Map.of(
                        "name", "Board MUN",
                        "startDate", "2026-11-20",
                        "endDate", "2026-11-22",
                        "timeZone", "Europe/Istanbul",
                        "capacity", 100));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String conference = created.json().get("id").asString();
        assertThat(secretariat
                        .patch("/api/conferences/" + conference, Map.of("status", "REGISTRATION_OPEN"))
                        .status())
                .isEqualTo(200);
        // committee-service learns of the conference from registration's events
        await().atMost(arrival)
                .until(() -> secretariat
                                .get("/api/committees?conferenceId=" + conference)
                                .status()
                        == 200);
        ApiClient.Response committee = secretariat.post(
                "/api/committees",
                Map.of(
                        "conferenceId",
                        conference,
                        "name",
                        "Disarmament and International Security",
                        "abbreviation",
                        "DISEC",
                        "type",
                        "GENERAL_ASSEMBLY",
                        "agendaItems",
                        List.of("Outer space"),
                        "delegationSize",
                        1,
                        "rules",
                        Map.of("preset", "UNA_USA"),
                        "seats",
                        NAMES.stream()
                                .map(n -> Map.of("name", n, "kind", "MEMBER"))
                                .toList()));
        assertThat(committee.status()).as(committee.body()).isEqualTo(201);
        Map<String, String> seats = committee
                .json()
                .get("seats")
                .valueStream()
                .collect(Collectors.toMap(
                        s -> s.get("name").asString(), s -> s.get("seatId").asString()));
        ApiClient.Response opened = secretariat.post(
                "/api/committees/" + committee.json().get("committeeId").asString() + "/sessions", Map.of());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String session = opened.json().get("sessionId").asString();
        List<Map<String, String>> present = seats.values().stream()
                .map(id -> Map.of("seatId", id, "attendance", "PRESENT"))
                .toList();
        assertThat(secretariat
                        .put("/api/sessions/" + session + "/roll-call", Map.of("entries", present))
                        .status())
                .isEqualTo(200);
        return new LiveCommittee(secretariat, conference, session, seats);
    }

    void addSpeaker(String name) {
        expectOk(secretariat.post(path("/speakers"), Map.of("seatId", seats.get(name))));
    }

    void nextSpeaker() {
        expectOk(secretariat.post(path("/speakers/next"), Map.of()));
    }

    /** A moderated caucus moved by {@code name}, put to a vote; returns once voting-service opened it. */
    void voteOnAMotion(String name) {
        ApiClient.Response raised = secretariat.post(
                path("/motions"),
                Map.of(
                        "type",
                        "MODERATED_CAUCUS",
                        "seatId",
                        seats.get(name),
                        "durationSeconds",
                        600,
                        "speakingTimeSeconds",
                        60,
                        "topic",
                        "Debris"));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String motion =
                raised.json().get("pendingMotions").get(0).get("motionId").asString();
        expectOk(secretariat.post(path("/motions/" + motion + "/vote"), Map.of()));
    }

    /** A placard the chair records for a seat, once the vote exists in voting-service. */
    void cast(String name, String choice) {
        String vote = currentVote();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> secretariat.get("/api/votes/" + vote).status() == 200);
        expectOk(secretariat.post(
                "/api/votes/" + vote + "/ballots", Map.of("seatId", seats.get(name), "choice", choice)));
    }

    private String currentVote() {
        JsonNode current = secretariat.get(path("")).json().get("currentVote");
        assertThat(current).as("the session's current vote").isNotNull();
        return current.get("voteId").asString();
    }

    private String path(String rest) {
        return "/api/sessions/" + session + rest;
    }

    private static void expectOk(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
