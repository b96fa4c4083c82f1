package dev.quorum.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.platform.test.ApiClient;
import java.io.IOException;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * With real processes: delegates that registration-service really seated vote with their own tokens
 * through the gateway on a vote opened from a VoteRequested (published here as committee-service
 * will), while voting-service is killed (SIGKILL) and restarted between and during ballots and
 * clients retry; every ballot that got a 200 is counted once and VoteClosed comes back once. The live
 * tally is followed through the gateway, and resumed there after voting-service died under it.
 */
@Order(3)
@ExtendWith(EmbeddedRuntimeExtension.class)
class VotingE2EIT {
    private static final Duration ARRIVAL = Duration.ofSeconds(90);
    private static final Duration RESTART_TIMEOUT = Duration.ofSeconds(240);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static EmbeddedRuntime runtime;
    private static ApiClient gateway;

    @BeforeAll
    static void connect(EmbeddedRuntime shared) {
        runtime = shared;
        gateway = ApiClient.at(runtime.gatewayUrl());
    }

    @Test
    void seatedDelegatesVoteThroughCrashesAndRetriesAndTheResultComesBackOnce() {
        ApiClient secretariat = actor("203.0.113.50");
        String adminToken = secretariat.signIn(EmbeddedRuntime.ADMIN_USERNAME, EmbeddedRuntime.ADMIN_PASSWORD);
        secretariat = secretariat.withToken(adminToken);
        ApiClient.Response created = secretariat.post(
                "/api/conferences",
                Map.of(
                        "name",
                        "Vote MUN",
                        "startDate",
                        "2025-11-21",
                        "endDate",
                        "2025-11-23",
                        "timeZone",
                        "Europe/Istanbul",
                        "capacity",
                        100));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String conference = created.json().get("id").asString();
        assertThat(secretariat
                        .patch("/api/conferences/" + conference, Map.of("status", "REGISTRATION_OPEN"))
                        .status())
                .isEqualTo(200);
        ObjectNode committee = committeeCreated(conference);
        String committeeId = committee.get("committeeId").asString();
        publish("committee.events", committeeId, "quorum.committee.CommitteeCreated.v1", committee);
        ApiClient admin = secretariat;
        await().atMost(ARRIVAL)
                .until(() -> admin.get("/api/conferences/" + conference + "/committees")
                                .json()
                                .path("totalItems")
                                .asLong()
                        == 1);

        List<Seated> seated = seatThreeDelegates(secretariat, conference, committee);

        String voteId = UUID.randomUUID().toString();
        publish(
                "committee.events",
                committeeId,
                "quorum.committee.VoteRequested.v1",
                voteRequested(voteId, conference, committeeId, seated));
        String votePath = "/api/votes/" + voteId;
        await().atMost(ARRIVAL).until(() -> seated.get(0).client().get(votePath).status() == 200);

        // Seatings arrive on their own: wait until the first delegate passes the seat check.
        await().atMost(ARRIVAL).until(() -> cast(voteId, seated.get(0), "YES").status() != 403);
        assertThat(cast(voteId, seated.get(0), "YES").status())
                .as("a retry answers as the first")
                .isEqualTo(200);

        runtime.kill("voting");
        assertThat(restart("voting")).as("restart voting").isZero();

        // The live tally through the gateway: the next ballot shows on it.
        List<String> live = stream(votePath, adminToken, null);
        await().atMost(ARRIVAL).until(() -> live.contains("event:tally"));

        ApiClient keyed = seated.get(1)
                .client()
                .withHeader("Idempotency-Key", UUID.randomUUID().toString());
        await().atMost(ARRIVAL)
                .until(() -> keyed.post(votePath + "/ballots", ballot(seated.get(1), "NO"))
                                .status()
                        == 200);
        assertThat(keyed.post(votePath + "/ballots", ballot(seated.get(1), "NO"))
                        .status())
                .isEqualTo(200);
        await().atMost(ARRIVAL)
                .until(() -> live.stream().anyMatch(l -> l.startsWith("data:") && l.contains("\"no\":1")));
        String seen = live.stream()
                .filter(l -> l.startsWith("id:"))
                .reduce((a, b) -> b)
                .orElseThrow()
                .substring(3);

        // Killed while the last ballot is in flight: whatever it answered, the retry is counted once.
        CompletableFuture<Integer> inFlight = CompletableFuture.supplyAsync(() -> {
            try {
                return cast(voteId, seated.get(2), "YES").status();
            } catch (RuntimeException e) {
                return -1;
            }
        });
        runtime.kill("voting");
        inFlight.join();
        assertThat(restart("voting")).as("restart voting").isZero();
        await().atMost(ARRIVAL).until(() -> cast(voteId, seated.get(2), "YES").status() == 200);

        JsonNode closed = seated.get(0).client().get(votePath).json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("counts").get("yes").asInt()).isEqualTo(2);
        assertThat(closed.get("counts").get("no").asInt()).isEqualTo(1);
        assertThat(closed.get("outcome").asString()).isEqualTo("ADOPTED");
        // The first stream died with its instance; resumed after the last event it saw, through the
        // gateway, it gets the result.
        List<String> resumed = stream(votePath, adminToken, seen);
        await().atMost(ARRIVAL).until(() -> resumed.contains("event:closed"));
        assertThat(resumed.get(resumed.indexOf("event:closed") + 1))
                .contains("\"outcome\":\"ADOPTED\"")
                .contains("\"yes\":2");
        List<JsonNode> results = new ArrayList<>();
        await().atMost(ARRIVAL).until(() -> {
            results.clear();
            results.addAll(votingEvents("quorum.voting.VoteClosed.v1", voteId));
            return !results.isEmpty();
        });
        assertThat(results).hasSize(1);
        assertThat(results.get(0).get("counts").get("yes").asInt()).isEqualTo(2);
        assertThat(runtime.processes()).hasSize(7);
    }

    /** The lines of a vote's live stream through the gateway, read in the background. */
    private static List<String> stream(String votePath, String token, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(runtime.gatewayUrl() + votePath + "/stream"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient.newHttpClient()
                .sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofLines())
                // Read on a thread of its own: blocking the client's thread would stall the stream.
                .thenAccept(r -> CompletableFuture.runAsync(() -> r.body().forEach(lines::add)));
        return lines;
    }

    /** A seated delegate: its seat and a client carrying the token it got by redeeming its access code. */
    record Seated(String seatId, String name, ApiClient client) {}

    private static List<Seated> seatThreeDelegates(ApiClient secretariat, String conference, ObjectNode committee) {
        ApiClient visitor = actor("203.0.113.51");
        ApiClient.Response applied = visitor.post(
                "/api/schools",
                Map.of(
                        "conferenceId",
                        conference,
                        "name",
                        "Ankara High School",
                        "requestedDelegates",
                        3,
                        "contact",
                        Map.of("advisorName", "Ayşe Yılmaz", "email", "advisor@school.example"),
                        "advisor",
                        Map.of("password", "advisor-password")));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        String school = applied.json().get("id").asString();
        ApiClient advisor = visitor.withToken(
                applied.json().get("advisor").get("access_token").asString());
        List<JsonNode> delegates = new ArrayList<>();
        for (String name : List.of("Deniz", "Elif", "Kerem")) {
            ApiClient.Response added =
                    advisor.post("/api/schools/" + school + "/delegates", Map.of("name", name, "grade", "11"));
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            delegates.add(added.json());
        }
        ApiClient.Response proposal =
                secretariat.post("/api/conferences/" + conference + "/allocations", Map.of("seed", 2025));
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(201);
        String allocation = proposal.json().get("id").asString();
        assertThat(secretariat
                        .post("/api/conferences/" + conference + "/allocations/" + allocation + "/finalize", "")
                        .status())
                .isEqualTo(200);
        List<String> held = advisor.get("/api/conferences/" + conference + "/seat-assignments")
                .json()
                .get("items")
                .valueStream()
                .map(s -> s.get("seatId").asString())
                .toList();
        assertThat(held).hasSize(3);
        List<Seated> seated = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonNode delegate = delegates.get(i);
            ApiClient.Response seat = advisor.put(
                    "/api/delegates/" + delegate.get("id").asString() + "/seat", Map.of("seatId", held.get(i)));
            assertThat(seat.status()).as(seat.body()).isEqualTo(200);
            ApiClient client = actor("203.0.113.6" + i);
            ApiClient.Response token = client.post(
                    "/api/auth/token",
                    Map.of("accessCode", delegate.get("accessCode").asString()));
            assertThat(token.status()).as(token.body()).isEqualTo(200);
            seated.add(new Seated(
                    held.get(i),
                    nameOf(committee, held.get(i)),
                    client.withToken(token.json().get("access_token").asString())));
        }
        return seated;
    }

    private static ApiClient.Response cast(String voteId, Seated delegate, String choice) {
        return delegate.client().post("/api/votes/" + voteId + "/ballots", ballot(delegate, choice));
    }

    private static Map<String, Object> ballot(Seated delegate, String choice) {
        return Map.of("seatId", delegate.seatId(), "choice", choice);
    }

    /** committee-service's golden VoteRequested: a procedural placard vote of the three seated seats. */
    private static ObjectNode voteRequested(String voteId, String conference, String committeeId, List<Seated> seats) {
        ObjectNode data = example("VoteRequested.v1");
        data.put("voteId", voteId);
        data.put("conferenceId", conference);
        data.put("committeeId", committeeId);
        ArrayNode list = data.putArray("seats");
        seats.forEach(s -> list.addObject()
                .put("seatId", s.seatId())
                .put("name", s.name())
                .put("kind", "MEMBER")
                .put("attendance", "PRESENT"));
        return data;
    }

    /** committee-service's golden CommitteeCreated as a new committee of the conference, six fresh seats. */
    private static ObjectNode committeeCreated(String conference) {
        ObjectNode data = example("CommitteeCreated.v1");
        data.put("committeeId", UUID.randomUUID().toString());
        data.put("conferenceId", conference);
        ArrayNode seats = (ArrayNode) data.get("seats");
        while (seats.size() > 6) {
            seats.remove(seats.size() - 1);
        }
        seats.valueStream()
                .forEach(seat ->
                        ((ObjectNode) seat).put("seatId", UUID.randomUUID().toString()));
        return data;
    }

    private static String nameOf(ObjectNode committee, String seatId) {
        return committee
                .get("seats")
                .valueStream()
                .filter(s -> seatId.equals(s.get("seatId").asString()))
                .map(s -> s.get("name").asString())
                .findFirst()
                .orElseThrow();
    }

    private static ObjectNode example(String event) {
        Path file = Path.of("..", "..", "committee-service", "src", "main", "resources", "events")
                .resolve(event + ".example.json");
        try {
            return (ObjectNode) JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException("No golden example at " + file.toAbsolutePath(), e);
        }
    }

    private static void publish(String topic, String key, String type, ObjectNode data) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, JSON.writeValueAsBytes(data));
        Map.of(
                        "ce_specversion",
                        "1.0",
                        "ce_id",
                        UUID.randomUUID().toString(),
                        "ce_type",
                        type,
                        "ce_source",
                        "/quorum/e2e",
                        "ce_subject",
                        key,
                        "content-type",
                        "application/json")
                .forEach((name, value) ->
                        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG,
                "all"))) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    /** The data of the events of this type about the vote that voting.events holds so far. */
    private static List<JsonNode> votingEvents(String type, String voteId) {
        List<JsonNode> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "e2e-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of("voting.events"));
            // Read until two polls in a row bring nothing: the topic's records so far.
            int quiet = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (quiet < 2 && System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofSeconds(1));
                quiet = records.isEmpty() && consumer.assignment().size() > 0 ? quiet + 1 : 0;
                for (ConsumerRecord<String, byte[]> r : records) {
                    var header = r.headers().lastHeader("ce_type");
                    if (header != null && type.equals(new String(header.value(), StandardCharsets.UTF_8))) {
                        JsonNode d = JSON.readTree(new String(r.value(), StandardCharsets.UTF_8));
                        if (voteId.equals(d.path("voteId").asString())) {
                            found.add(d);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static int restart(String name) {
        return runtime.run(RESTART_TIMEOUT.toSeconds(), "restart", name);
    }

    private static ApiClient actor(String address) {
        return gateway.withHeader("X-Forwarded-For", address);
    }

    private static String bootstrap() {
        return "127.0.0.1:" + runtime.port("KAFKA");
    }
}
