package dev.quorum.committee.roster;

import static dev.quorum.committee.committee.web.CommitteeRequests.knownConference;
import static dev.quorum.committee.committee.web.CommitteeRequests.sco;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.committee.conference.application.ConferenceCatalog;
import dev.quorum.committee.roster.application.RosterDirectory;
import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.platform.security.Roles;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.EventContracts;
import dev.quorum.platform.test.KafkaTestClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.platform.test.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The roster follows registration's seat events (their golden examples) once each and in order per seat. */
@QuorumIntegrationTest
class RosterIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ConferenceCatalog conferences;

    @Autowired
    RosterDirectory roster;

    private String conferenceId;
    private String committeeId;
    private String seatId;
    private ApiClient secretariat;

    @BeforeEach
    void theScoCommittee() {
        conferenceId = knownConference();
        await().atMost(WAIT).until(() -> conferences.find(conferenceId).isPresent());
        secretariat = api(TestTokens.builder()
                .roles(Roles.SECRETARIAT)
                .conferences(conferenceId)
                .sign());
        JsonNode created =
                secretariat.post("/api/committees", sco(conferenceId)).json();
        committeeId = created.get("committeeId").asString();
        seatId = created.get("seats").get(3).get("seatId").asString(); // Kazakhstan
    }

    @Test
    void seatEventsAreAppliedOnceEachAndALateOneChangesNothing() {
        String school = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String seatedId = UUID.randomUUID().toString();
        publish("SeatAssigned", UUID.randomUUID().toString(), 1, 0, school, null);
        publish("DelegateSeated", seatedId, 2, 0, school, first);
        publish("DelegateSeated", seatedId, 2, 0, school, first); // redelivered
        publish("DelegateUnseated", UUID.randomUUID().toString(), 3, 0, school, first);
        publish("DelegateSeated", seatedId, 2, 0, school, first); // redelivered after a later event
        publish("DelegateSeated", UUID.randomUUID().toString(), 4, 0, school, second);

        await().atMost(WAIT).until(() -> roster.seatHeldBy(committeeId, seatId, second));
        assertThat(roster.seatHeldBy(committeeId, seatId, first)).isFalse();
        assertThat(roster.seatHeldBy("another-committee", seatId, second)).isFalse();
        JsonNode entry = secretariat
                .get("/api/committees/" + committeeId + "/roster")
                .json()
                .get(3);
        assertThat(entry.get("schoolId").asString()).isEqualTo(school);
        assertThat(entry.get("delegateIds"))
                .singleElement()
                .satisfies(d -> assertThat(d.asString()).isEqualTo(second));
    }

    @Test
    void releasingTheSeatInTheWriteThatUnseatsItsDelegateLeavesItEmpty() {
        String school = UUID.randomUUID().toString();
        String delegate = UUID.randomUUID().toString();
        publish("SeatAssigned", UUID.randomUUID().toString(), 1, 0, school, null);
        publish("DelegateSeated", UUID.randomUUID().toString(), 2, 0, school, delegate);
        await().atMost(WAIT).until(() -> roster.seatHeldBy(committeeId, seatId, delegate));

        publish("DelegateUnseated", UUID.randomUUID().toString(), 3, 0, school, delegate);
        publish("SeatReleased", UUID.randomUUID().toString(), 3, 1, school, null);

        // A seat no school holds shows no schoolId (answers leave nulls out).
        await().atMost(WAIT)
                .until(() -> !secretariat
                        .get("/api/committees/" + committeeId + "/roster")
                        .json()
                        .get(3)
                        .has("schoolId"));
        assertThat(roster.seatHeldBy(committeeId, seatId, delegate)).isFalse();
    }

    @Test
    void theRosterIsForTheCommitteesChairsAndTheSecretariatOnly() {
        String path = "/api/committees/" + committeeId + "/roster";
        ApiClient chair = api(TestTokens.builder()
                .roles(Roles.CHAIR)
                .conferences(conferenceId)
                .committees(committeeId)
                .sign());
        ApiClient otherChair = api(TestTokens.builder()
                .roles(Roles.CHAIR)
                .conferences(conferenceId)
                .committees("other")
                .sign());
        ApiClient delegate = api(TestTokens.builder()
                .roles(Roles.DELEGATE)
                .conferences(conferenceId)
                .seat(seatId)
                .sign());
        ApiClient foreign = api(TestTokens.builder()
                .roles(Roles.SECRETARIAT)
                .conferences(UUID.randomUUID().toString())
                .sign());

        ApiClient.Response read = chair.get(path);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).hasSize(12);
        assertThat(read.json().get(3).get("seatId").asString()).isEqualTo(seatId);
        assertThat(read.json().get(3).get("delegateIds")).isEmpty();
        assertThat(otherChair.get(path).status()).isEqualTo(403);
        assertThat(delegate.get(path).status()).isEqualTo(403);
        assertThat(foreign.get(path).status()).isEqualTo(404);
    }

    /** Publishes registration's golden example of {@code event} for this seat, with its position. */
    private void publish(String event, String eventId, long version, int index, String schoolId, String delegateId) {
        ObjectNode data =
                (ObjectNode) json.readTree(EventContracts.producerExample("registration-service", event + ".v1"));
        data.put("conferenceId", conferenceId);
        data.put("committeeId", committeeId);
        data.put("seatId", seatId);
        data.put("schoolId", schoolId);
        data.put("version", version);
        if (delegateId != null) {
            data.put("delegateId", delegateId);
        }
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>("registration.events", conferenceId, json.writeValueAsBytes(data));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId);
        header(record, "ce_type", "quorum.registration." + event + ".v1");
        header(record, "ce_source", "/quorum/registration-service");
        header(record, "ce_subject", seatId);
        header(record, "ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        header(record, "ce_sequence", PendingEvent.position(version, index));
        header(record, "content-type", "application/json");
        KafkaTestClient.publish(record);
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private ApiClient api(String token) {
        return ApiClient.local(port).withToken(token);
    }
}
