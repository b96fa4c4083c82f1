package dev.quorum.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.platform.test.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SCO committee of the shared study guide runs a session through the gateway (issue 9, "Done
 * means"): the Secretariat creates the committee, registration allocates its seats from
 * CommitteeCreated, delegates are seated and sign in, the chair opens a session, takes the roll,
 * runs the speakers list with a yield, a moderated caucus passes by a vote (VoteClosed published
 * here, as voting-service will) and its timer shows on the live stream. committee-service is then
 * killed and restarted: the session is unchanged, and debate is closed on a resumed stream.
 */
@Order(3)
@ExtendWith(EmbeddedRuntimeExtension.class)
class ScoSessionE2EIT {
    private static final Duration ARRIVAL = Duration.ofSeconds(60);
    private static final Duration RESTART_TIMEOUT = Duration.ofSeconds(240);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> MEMBERS = List.of(
            "China",
            "India",
            "Iran",
            "Kazakhstan",
            "Kyrgyzstan",
            "Pakistan",
            "Russia",
            "Tajikistan",
            "Uzbekistan",
            "Belarus");

    private static EmbeddedRuntime runtime;
    private static ApiClient gateway;

    @BeforeAll
    static void connect(EmbeddedRuntime shared) {
        runtime = shared;
        gateway = ApiClient.at(runtime.gatewayUrl());
    }

    @Test
    void theScoRunsASessionLiveAndARestartChangesNothing() {
        ApiClient visitor = actor("203.0.113.50");
        String chairToken = visitor.signIn(EmbeddedRuntime.ADMIN_USERNAME, EmbeddedRuntime.ADMIN_PASSWORD);
        ApiClient chair = visitor.withToken(chairToken);
        String conference = openConference(chair);
        await().atMost(ARRIVAL)
                .until(() ->
                        chair.get("/api/committees?conferenceId=" + conference).status() == 200);
        JsonNode sco = createSco(chair, conference);
        String committee = sco.get("committeeId").asString();
        await().atMost(ARRIVAL)
                .until(() -> chair.get("/api/conferences/" + conference + "/committees")
                                .json()
                                .path("totalItems")
                                .asLong()
                        == 1);
        List<Seated> delegates = seatTwoDelegates(chair, conference, committee);
        Seated first = delegates.get(0);
        Seated second = delegates.get(1);

        ApiClient.Response opened = chair.post("/api/committees/" + committee + "/sessions", Map.of());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String session = "/api/sessions/" + opened.json().get("sessionId").asString();
        List<Map<String, String>> everyone = sco.get("seats")
                .valueStream()
                .map(s -> Map.of("seatId", s.get("seatId").asString(), "attendance", "PRESENT"))
                .toList();
        assertThat(chair.put(session + "/roll-call", Map.of("entries", everyone))
                        .status())
                .isEqualTo(200);

        Stream live = Stream.open(session + "/stream", chairToken, null);
        await().atMost(ARRIVAL).until(() -> live.lastState().contains("\"quorum\""));

        // the roster learns of the seating from registration.events: until then the delegate is refused
        await().atMost(ARRIVAL)
                .until(() -> first.client()
                                .post(session + "/speakers", Map.of("seatId", first.seatId()))
                                .status()
                        == 200);
        assertThat(chair.post(session + "/speakers/next", Map.of()).status()).isEqualTo(200);
        ApiClient.Response yielded =
                first.client().post(session + "/speakers/yield", Map.of("to", "DELEGATE", "seatId", second.seatId()));
        assertThat(yielded.status()).as(yielded.body()).isEqualTo(200);
        await().atMost(ARRIVAL).until(() -> live.lastState().contains("\"receivedYield\":true"));

        ApiClient.Response raised = second.client()
                .post(
                        session + "/motions",
                        Map.of(
                                "type",
                                "MODERATED_CAUCUS",
                                "seatId",
                                second.seatId(),
                                "durationSeconds",
                                600,
                                "speakingTimeSeconds",
                                60,
                                "topic",
                                "Regional security after January 2022"));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String motion =
                raised.json().get("pendingMotions").get(0).get("motionId").asString();
        ApiClient.Response voting = chair.post(session + "/motions/" + motion + "/vote", Map.of());
        assertThat(voting.status()).as(voting.body()).isEqualTo(200);
        String vote = voting.json().get("currentVote").get("voteId").asString();
        publishVoteClosed(committee, conference, opened.json().get("sessionId").asString(), vote, motion);

        await().atMost(ARRIVAL).until(() -> live.lastState().contains("\"state\":\"MODERATED_CAUCUS\""));
        JsonNode caucus = JSON.readTree(live.lastState()).get("caucus");
        assertThat(caucus.get("timer").get("durationSeconds").asInt()).isEqualTo(600);
        assertThat(caucus.get("timer").get("startedAt").isString()).isTrue();
        assertThat(chair.post(session + "/caucus/end", Map.of()).status()).isEqualTo(200);
        await().atMost(ARRIVAL).until(() -> live.lastState().contains("\"state\":\"FORMAL_DEBATE\""));
        live.close();

        JsonNode beforeRestart = withoutServerClock(chair.get(session).json());
        runtime.kill("committee");
        assertThat(runtime.run(RESTART_TIMEOUT.toSeconds(), "restart", "committee"))
                .as("restart committee")
                .isZero();
        JsonNode afterRestart = withoutServerClock(chair.get(session).json());
        assertThat(afterRestart).isEqualTo(beforeRestart);

        Stream resumed = Stream.open(
                session + "/stream", chairToken, afterRestart.get("version").asString());
        await().atMost(ARRIVAL).until(() -> resumed.lines().contains(":connected"));
        ApiClient.Response closure =
                first.client().post(session + "/motions", Map.of("type", "CLOSE_DEBATE", "seatId", first.seatId()));
        assertThat(closure.status()).as(closure.body()).isEqualTo(201);
        String closeDebate =
                closure.json().get("pendingMotions").get(0).get("motionId").asString();
        assertThat(chair.post(session + "/motions/" + closeDebate + "/decide", Map.of("decision", "ADOPTED"))
                        .status())
                .isEqualTo(200);
        await().atMost(ARRIVAL).until(() -> resumed.lastState().contains("\"state\":\"VOTING_PROCEDURE\""));
        assertThat(resumed.ids())
                .allSatisfy(id -> assertThat(Long.parseLong(id))
                        .isGreaterThan(afterRestart.get("version").asLong()));
        resumed.close();
    }

    private static String openConference(ApiClient secretariat) {
        ApiClient.Response created = secretariat.post(
                "/api/conferences",
                Map.of(
                        "name", "ACIMUN'25 sessions",
                        "startDate", "2025-11-21",
                        "endDate", "2025-11-23",
                        "timeZone", "Europe/Istanbul",
                        "capacity", 100,
                        "fees", Map.of("currency", "EUR", "perSchool", 150, "perDelegate", 45)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String conference = created.json().get("id").asString();
        assertThat(secretariat
                        .patch("/api/conferences/" + conference, Map.of("status", "REGISTRATION_OPEN"))
                        .status())
                .isEqualTo(200);
        return conference;
    }

    private static JsonNode createSco(ApiClient secretariat, String conference) {
        List<Map<String, String>> seats = new ArrayList<>();
        MEMBERS.forEach(n -> seats.add(Map.of("name", n, "kind", "MEMBER")));
        List.of("Mongolia", "Afghanistan").forEach(n -> seats.add(Map.of("name", n, "kind", "OBSERVER")));
        ApiClient.Response created = secretariat.post(
                "/api/committees",
                Map.of(
                        "conferenceId",
                        conference,
                        "name",
                        "Shanghai Cooperation Organisation",
                        "abbreviation",
                        "SCO",
                        "type",
                        "SPECIALISED_AGENCY",
                        "agendaItems",
                        List.of("2022 Kazakhstan Protests"),
                        "delegationSize",
                        1,
                        "rules",
                        Map.of("preset", "CONSENSUS"),
                        "seats",
                        seats));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private record Seated(String seatId, ApiClient client) {}

    /** A school of two delegates is allocated two seats, seats its delegates, and they sign in. */
    private static List<Seated> seatTwoDelegates(ApiClient secretariat, String conference, String committee) {
        ApiClient visitor = actor("203.0.113.51");
        ApiClient.Response applied = visitor.post(
                "/api/schools",
                Map.of(
                        "conferenceId",
                        conference,
                        "name",
                        "Almaty International School",
                        "requestedDelegates",
                        2,
                        "contact",
                        Map.of("advisorName", "Aigerim Sadykova", "email", "advisor@school.example"),
                        "advisor",
                        Map.of("password", "advisor-password")));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        String school = applied.json().get("id").asString();
        ApiClient advisor = visitor.withToken(
                applied.json().get("advisor").get("access_token").asString());
        assertThat(advisor.put(
                                "/api/schools/" + school + "/preferences",
                                Map.of("choices", List.of(Map.of("committeeId", committee))))
                        .status())
                .isEqualTo(200);
        ApiClient.Response proposal =
                secretariat.post("/api/conferences/" + conference + "/allocations", Map.of("seed", 2025));
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(201);
        ApiClient.Response finalized = secretariat.post(
                "/api/conferences/" + conference + "/allocations/"
                        + proposal.json().get("id").asString() + "/finalize",
                "");
        assertThat(finalized.status()).as(finalized.body()).isEqualTo(200);
        List<String> held = advisor.get("/api/conferences/" + conference + "/seat-assignments")
                .json()
                .get("items")
                .valueStream()
                .map(s -> s.get("seatId").asString())
                .toList();
        assertThat(held).hasSize(2);
        List<Seated> seated = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ApiClient.Response added = advisor.post(
                    "/api/schools/" + school + "/delegates", Map.of("name", "Delegate " + i, "grade", "11"));
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            String delegate = added.json().get("id").asString();
            ApiClient.Response put = advisor.put("/api/delegates/" + delegate + "/seat", Map.of("seatId", held.get(i)));
            assertThat(put.status()).as(put.body()).isEqualTo(200);
            ApiClient own = actor("203.0.113." + (60 + i));
            ApiClient.Response token = own.post(
                    "/api/auth/token",
                    Map.of("accessCode", added.json().get("accessCode").asString()));
            assertThat(token.status()).as(token.body()).isEqualTo(200);
            seated.add(new Seated(
                    held.get(i), own.withToken(token.json().get("access_token").asString())));
        }
        return seated;
    }

    private static JsonNode withoutServerClock(JsonNode session) {
        ObjectNode copy = (ObjectNode) session.deepCopy();
        copy.remove("serverTime");
        return copy;
    }

    private static ApiClient actor(String address) {
        return gateway.withHeader("X-Forwarded-For", address);
    }

    /** voting-service's golden VoteClosed, as the adoption of this motion. */
    private static void publishVoteClosed(
            String committee, String conference, String session, String vote, String motion) {
        Path example = Path.of("..", "..", "voting-service", "src", "main", "resources", "events")
                .resolve("VoteClosed.v1.example.json");
        ObjectNode data;
        try {
            data = (ObjectNode) JSON.readTree(Files.readString(example));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("No golden example at " + example.toAbsolutePath(), e);
        }
        data.put("voteId", vote);
        data.put("committeeId", committee);
        data.put("conferenceId", conference);
        data.put("sessionId", session);
        ((ObjectNode) data.get("subject")).put("id", motion);
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>("voting.events", committee, JSON.writeValueAsBytes(data));
        Map.of(
                        "ce_specversion", "1.0",
                        "ce_id", UUID.randomUUID().toString(),
                        "ce_type", "quorum.voting.VoteClosed.v1",
                        "ce_source", "/quorum/e2e",
                        "ce_subject", committee,
                        "content-type", "application/json")
                .forEach((name, value) ->
                        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:" + runtime.port("KAFKA"),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG,
                "all"))) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to voting.events", e);
        }
    }

    /** A session's live stream through the gateway, read in the background. */
    private static final class Stream implements AutoCloseable {
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final java.util.concurrent.CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> response;

        private Stream(HttpRequest request) {
            response = HttpClient.newHttpClient()
                    .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                    .thenApply(r -> {
                        java.util.concurrent.CompletableFuture.runAsync(
                                () -> r.body().forEach(lines::add));
                        return r;
                    });
        }

        static Stream open(String path, String token, String lastEventId) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(runtime.gatewayUrl() + path))
                    .header("Accept", "text/event-stream")
                    .header("Authorization", "Bearer " + token);
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            return new Stream(request.GET().build());
        }

        List<String> lines() {
            return new ArrayList<>(lines);
        }

        String lastState() {
            List<String> data =
                    lines().stream().filter(l -> l.startsWith("data:")).toList();
            return data.isEmpty() ? "" : data.get(data.size() - 1).substring("data:".length());
        }

        List<String> ids() {
            return lines().stream()
                    .filter(l -> l.startsWith("id:"))
                    .map(l -> l.substring(3))
                    .toList();
        }

        @Override
        public void close() {
            response.thenAccept(r -> r.body().close());
            response.cancel(true);
        }
    }
}
