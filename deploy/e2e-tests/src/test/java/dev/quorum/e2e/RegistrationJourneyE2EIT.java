package dev.quorum.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.platform.test.ApiClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
 * A school's whole registration through the gateway of the running system, with real tokens: the
 * Secretariat opens a conference, committee-service's CommitteeCreated (published here on the real
 * broker, as committee-service will) fills the catalogue, a school applies and ranks a seat that a
 * rival school's committee-wide choice also covers, the Secretariat allocates and finalizes, the advisor seats a delegate, and the delegate's refreshed
 * token names the seat; SeatAssigned and DelegateSeated reach {@code registration.events}. Each
 * actor calls from its own address, as behind a real proxy, so the sign-in limit applies per actor.
 */
@Order(1)
@ExtendWith(EmbeddedRuntimeExtension.class)
class RegistrationJourneyE2EIT {
    private static final Duration ARRIVAL = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static EmbeddedRuntime runtime;
    private static ApiClient gateway;

    @BeforeAll
    static void connect(EmbeddedRuntime shared) {
        runtime = shared;
        gateway = ApiClient.at(runtime.gatewayUrl());
    }

    @Test
    void aSchoolRegistersIsAllocatedItsRankedSeatAndSeatsADelegate() {
        ApiClient secretariat = actor("203.0.113.10");
        secretariat = secretariat.withToken(
                secretariat.signIn(EmbeddedRuntime.ADMIN_USERNAME, EmbeddedRuntime.ADMIN_PASSWORD));
        ApiClient.Response created = secretariat.post(
                "/api/conferences",
                Map.of(
                        "name", "ACIMUN'25",
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

        ObjectNode sco = committeeCreated(conference);
        String china = sco.get("seats").get(0).get("seatId").asString();
        publishCommitteeEvent(sco);
        ApiClient admin = secretariat;
        await().atMost(ARRIVAL)
                .until(() -> admin.get("/api/conferences/" + conference + "/committees")
                                .json()
                                .path("totalItems")
                                .asLong()
                        == 1);

        ApiClient visitor = actor("203.0.113.20");
        ApiClient.Response applied = apply(visitor, conference, "Antalya Science High School", 2);
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(applied.json().get("status").asString()).isEqualTo("ACCEPTED");
        String school = applied.json().get("id").asString();
        // The service chose the advisor's username (ADR 30): it signs in with it later, as here.
        String advisorName = applied.json().get("advisor").get("username").asString();
        assertThat(advisorName).startsWith("ayse.yilmaz.");
        ApiClient advisor = visitor.withToken(visitor.signIn(advisorName, "advisor-password"));
        List<JsonNode> delegates = new ArrayList<>();
        for (String name : List.of("Deniz", "Elif")) {
            ApiClient.Response added =
                    advisor.post("/api/schools/" + school + "/delegates", Map.of("name", name, "grade", "11"));
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            delegates.add(added.json());
        }
        ApiClient.Response ranked = advisor.put(
                "/api/schools/" + school + "/preferences",
                Map.of(
                        "choices",
                        List.of(Map.of("committeeId", sco.get("committeeId").asString(), "seatId", china))));
        assertThat(ranked.status()).as(ranked.body()).isEqualTo(200);
        String rival = rivalRankingAnySeatOf(conference, sco);

        // Three of six seats are placed. Were preferences ignored, the school would hold China in a
        // third of the proposals; it must hold it in every one, and the rival, whose choice China
        // also matches, never.
        ApiClient.Response proposal = null;
        for (long seed = 2025; seed < 2033; seed++) {
            proposal = secretariat.post("/api/conferences/" + conference + "/allocations", Map.of("seed", seed));
            assertThat(proposal.status()).as(proposal.body()).isEqualTo(201);
            assertThat(holderOf(proposal.json(), china)).as("seed %d", seed).contains(school);
            assertThat(proposal.json()
                            .get("seats")
                            .valueStream()
                            .map(s -> s.get("schoolId").asString()))
                    .as("seed %d", seed)
                    .containsOnly(school, rival)
                    .hasSize(3);
        }
        String allocation = proposal.json().get("id").asString();
        ApiClient.Response finalized =
                secretariat.post("/api/conferences/" + conference + "/allocations/" + allocation + "/finalize", "");
        assertThat(finalized.status()).as(finalized.body()).isEqualTo(200);

        JsonNode held = advisor.get("/api/conferences/" + conference + "/seat-assignments")
                .json();
        assertThat(held.get("totalItems").asLong()).isEqualTo(2);
        assertThat(held.get("items").valueStream().map(s -> s.get("seatId").asString()))
                .as("the school got the seat it ranked first")
                .contains(china);
        String deniz = delegates.get(0).get("id").asString();
        ApiClient.Response seated = advisor.put("/api/delegates/" + deniz + "/seat", Map.of("seatId", china));
        assertThat(seated.status()).as(seated.body()).isEqualTo(200);

        ApiClient delegateClient = actor("203.0.113.30");
        ApiClient.Response signedIn = delegateClient.post(
                "/api/auth/token",
                Map.of("accessCode", delegates.get(0).get("accessCode").asString()));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(claims(signedIn).get("seat").asString()).isEqualTo(china);
        ApiClient.Response refreshed = delegateClient
                .withToken(signedIn.json().get("access_token").asString())
                .post("/api/auth/refresh", "");
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(claims(refreshed).get("seat").asString()).isEqualTo(china);
        assertThat(delegateClient
                        .withToken(refreshed.json().get("access_token").asString())
                        .get("/api/schools/" + school + "/statement")
                        .status())
                .as("a delegate does not read its school's accounts")
                .isIn(403, 404);

        JsonNode statement =
                advisor.get("/api/schools/" + school + "/statement").json();
        assertThat(statement.get("owed").decimalValue()).isEqualByComparingTo("240");

        List<String> types = eventTypesAbout(china, 2);
        assertThat(types)
                .containsExactly("quorum.registration.SeatAssigned.v1", "quorum.registration.DelegateSeated.v1");
    }

    /** A second school, with one delegate, that ranks any seat of the committee: China included. */
    private static String rivalRankingAnySeatOf(String conference, ObjectNode committee) {
        ApiClient visitor = actor("203.0.113.21");
        ApiClient.Response applied = apply(visitor, conference, "Izmir Rival College", 1);
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        String rival = applied.json().get("id").asString();
        // Signed in by the token the application answered.
        ApiClient advisor = visitor.withToken(
                applied.json().get("advisor").get("access_token").asString());
        ApiClient.Response ranked = advisor.put(
                "/api/schools/" + rival + "/preferences",
                Map.of(
                        "choices",
                        List.of(Map.of(
                                "committeeId", committee.get("committeeId").asString()))));
        assertThat(ranked.status()).as(ranked.body()).isEqualTo(200);
        return rival;
    }

    /** A school's application, with an advisor account signing in with {@code advisor-password}. */
    private static ApiClient.Response apply(ApiClient visitor, String conference, String name, int delegates) {
        return visitor.post(
                "/api/schools",
                Map.of(
                        "conferenceId",
                        conference,
                        "name",
                        name,
                        "requestedDelegates",
                        delegates,
                        "contact",
                        Map.of("advisorName", "Ayşe Yılmaz", "email", "advisor@school.example"),
                        "advisor",
                        Map.of("password", "advisor-password")));
    }

    private static Optional<String> holderOf(JsonNode proposal, String seatId) {
        return proposal.get("seats")
                .valueStream()
                .filter(s -> seatId.equals(s.get("seatId").asString()))
                .map(s -> s.get("schoolId").asString())
                .findFirst();
    }

    private static ApiClient actor(String address) {
        return gateway.withHeader("X-Forwarded-For", address);
    }

    /** committee-service's golden CommitteeCreated, as a new committee of the conference with fresh seat ids. */
    private static ObjectNode committeeCreated(String conference) {
        Path example = Path.of("..", "..", "committee-service", "src", "main", "resources", "events")
                .resolve("CommitteeCreated.v1.example.json");
        ObjectNode data;
        try {
            data = (ObjectNode) JSON.readTree(Files.readString(example));
        } catch (IOException e) {
            throw new IllegalStateException("No golden example at " + example.toAbsolutePath(), e);
        }
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

    private static void publishCommitteeEvent(ObjectNode data) {
        String committee = data.get("committeeId").asString();
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>("committee.events", committee, JSON.writeValueAsBytes(data));
        Map<String, String> headers = Map.of(
                "ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(),
                "ce_type", "quorum.committee.CommitteeCreated.v1",
                "ce_source", "/quorum/e2e",
                "ce_subject", committee,
                "content-type", "application/json");
        headers.forEach(
                (name, value) -> record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
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
            throw new IllegalStateException("Could not publish to committee.events", e);
        }
    }

    /** The types of the first {@code count} events on registration.events whose subject is the seat. */
    private static List<String> eventTypesAbout(String seatId, int count) {
        List<String> types = new ArrayList<>();
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
            consumer.subscribe(List.of("registration.events"));
            await().atMost(ARRIVAL).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (seatId.equals(header(record, "ce_subject"))) {
                        types.add(header(record, "ce_type"));
                    }
                }
                return types.size() >= count;
            });
        }
        return types;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String bootstrap() {
        return "127.0.0.1:" + runtime.port("KAFKA");
    }

    private static JsonNode claims(ApiClient.Response tokenAnswer) {
        String payload = tokenAnswer.json().get("access_token").asString().split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
