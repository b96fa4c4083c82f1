package dev.quorum.registration.allocation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.KafkaTestClient;
import dev.quorum.platform.test.Race;
import dev.quorum.registration.catalogue.application.CommitteeCatalog;
import dev.quorum.registration.testing.CommitteeEvents;
import dev.quorum.registration.testing.RegistrationFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** An open conference, the Secretariat signed in, and the helpers the allocation and seating tests share. */
abstract class AllocationTestSupport {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    CommitteeCatalog catalog;

    ApiClient api;
    ApiClient secretariat;
    RegistrationFixtures fixtures;
    String conference;

    @BeforeEach
    void openConference() {
        api = ApiClient.local(port);
        secretariat = api.withToken(api.signIn("secretariat", "s3cret-pass"));
        fixtures = new RegistrationFixtures(api, secretariat);
        conference = fixtures.openConference(10_000);
    }

    interface Call {
        ApiClient.Response call(String input);
    }

    /** Waits until exactly {@code count} events of the type mention {@code text}, and returns them. */
    static List<ConsumerRecord<String, byte[]>> events(String type, String text, int count) {
        List<List<ConsumerRecord<String, byte[]>>> found = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            List<ConsumerRecord<String, byte[]>> matching = KafkaTestClient.awaitRecords(
                            "registration.events",
                            r -> type.equals(KafkaTestClient.header(r, "ce_type")) && value(r).contains(text),
                            WAIT)
                    .stream()
                    .filter(r -> type.equals(KafkaTestClient.header(r, "ce_type")) && value(r).contains(text))
                    .toList();
            found.add(0, matching);
            return matching.size() >= count;
        });
        assertThat(found.get(0)).hasSize(count);
        return found.get(0);
    }

    /**
     * Every event of the type that mentions {@code text}, read to the end of the topic. For "changes
     * nothing" checks: first await a later event of the same seat (a sentinel). One seat's events
     * leave its document's outbox in order, on one partition (the conference's key), so whatever the
     * checked request might have published is on the topic before the sentinel.
     */
    static List<ConsumerRecord<String, byte[]>> eventsUpToNow(String type, String text) {
        return KafkaTestClient.readToEnd("registration.events", WAIT).stream()
                .filter(r -> type.equals(KafkaTestClient.header(r, "ce_type")) && value(r).contains(text))
                .toList();
    }

    static String value(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    static List<Integer> race(List<String> inputs, Call call) throws Exception {
        return Race.run(inputs, input -> call.call(input).status());
    }

    /** A committee of the conference with fresh seat ids (the golden example's ids are shared by every test). */
    ObjectNode committee(String conferenceId, int seats, int delegationSize) {
        ObjectNode data = CommitteeEvents.withFirstSeats(
                CommitteeEvents.created(UUID.randomUUID().toString(), conferenceId), seats);
        data.put("delegationSize", delegationSize);
        data.get("seats")
                .valueStream()
                .forEach(s -> ((ObjectNode) s).put("seatId", UUID.randomUUID().toString()));
        int before = catalog.seatsOf(conferenceId).size();
        CommitteeEvents.publish(CommitteeEvents.CREATED, data);
        await().atMost(WAIT).until(() -> catalog.seatsOf(conferenceId).size() == before + seats);
        return data;
    }

    /** A proposal for the seed, finalized; its id. */
    String finalizedAllocation(long seed) {
        ApiClient.Response proposed = secretariat.post(allocations(), Map.of("seed", seed));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String id = proposed.json().get("id").asString();
        ApiClient.Response finalized = secretariat.post(allocations() + "/" + id + "/finalize", "");
        assertThat(finalized.status()).as(finalized.body()).isEqualTo(200);
        return id;
    }

    /** The claims of a token (its payload, not verified: the service that issued it is under test). */
    static JsonNode claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    String allocations() {
        return "/api/conferences/" + conference + "/allocations";
    }

    String seatAssignments() {
        return "/api/conferences/" + conference + "/seat-assignments";
    }

    String seatPath(String allocationId, String seatId) {
        return allocations() + "/" + allocationId + "/seats/" + seatId;
    }

    static Map<String, Object> nullSchool() {
        Map<String, Object> body = new HashMap<>();
        body.put("schoolId", null);
        return body;
    }

    static String seatOf(JsonNode proposal, String schoolId) {
        return proposal.get("seats")
                .valueStream()
                .filter(s -> schoolId.equals(s.get("schoolId").asString()))
                .map(s -> s.get("seatId").asString())
                .findFirst()
                .orElseThrow();
    }

    static Optional<String> seatOfSchool(JsonNode proposal, String seatId) {
        return proposal.get("seats")
                .valueStream()
                .filter(s -> seatId.equals(s.get("seatId").asString()))
                .map(s -> s.get("schoolId").asString())
                .findFirst();
    }

    static String freeSeat(JsonNode proposal, ObjectNode committee) {
        return committee
                .get("seats")
                .valueStream()
                .map(s -> s.get("seatId").asString())
                .filter(id -> seatOfSchool(proposal, id).isEmpty())
                .findFirst()
                .orElseThrow();
    }
}
