package dev.quorum.voting.testing;

import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.platform.security.Roles;
import dev.quorum.platform.test.EventContracts;
import dev.quorum.platform.test.KafkaTestClient;
import dev.quorum.platform.test.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * committee-service's and registration's events as they will publish them, made from their golden
 * examples (a drifting contract fails our tests), and the tokens of the people who vote.
 */
public final class VotingFixtures {
    public static final String COMMITTEE_EVENTS = "committee.events";
    public static final String REGISTRATION_EVENTS = "registration.events";
    public static final String VOTING_EVENTS = "voting.events";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VotingFixtures() {}

    /** A committee of one conference with {@code seats} present members (seat ids s0, s1, ... made unique). */
    public record Committee(String conferenceId, String committeeId, String sessionId, List<String> seatIds) {
        public static Committee of(int seats) {
            String committee = newId();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < seats; i++) {
                ids.add(committee.substring(0, 8) + "-seat-" + i);
            }
            return new Committee(newId(), committee, newId(), ids);
        }

        public String chairToken() {
            return TestTokens.builder()
                    .roles(Roles.CHAIR)
                    .conferences(conferenceId)
                    .committees(committeeId)
                    .sign();
        }

        public String secretariatToken() {
            return TestTokens.builder()
                    .roles(Roles.SECRETARIAT)
                    .conferences(conferenceId)
                    .sign();
        }

        /** A delegate's token naming the seat; voting-service believes it once DelegateSeated says so. */
        public String delegateToken(String delegateId, String seatId) {
            return TestTokens.builder()
                    .subject(delegateId)
                    .roles(Roles.DELEGATE)
                    .conferences(conferenceId)
                    .seat(seatId)
                    .sign();
        }

        /** The golden VoteRequested for this committee's seats, as a procedural placard vote. */
        public ObjectNode voteRequested(String voteId) {
            ObjectNode data = example("committee-service", "VoteRequested.v1");
            data.put("voteId", voteId);
            data.put("committeeId", committeeId);
            data.put("conferenceId", conferenceId);
            data.put("sessionId", sessionId);
            ArrayNode list = data.putArray("seats");
            for (int i = 0; i < seatIds.size(); i++) {
                list.addObject()
                        .put("seatId", seatIds.get(i))
                        .put("name", "Country " + i)
                        .put("kind", "MEMBER")
                        .put("attendance", "PRESENT");
            }
            return data;
        }

        /** The golden RollCallRecorded for this session, its seats as the example's (ids kept). */
        public ObjectNode rollCallRecorded(long version) {
            ObjectNode data = example("committee-service", "RollCallRecorded.v1");
            data.put("committeeId", committeeId);
            data.put("conferenceId", conferenceId);
            data.put("sessionId", sessionId);
            data.put("version", version);
            return data;
        }

        public void publishCommitteeEvent(String type, JsonNode data) {
            publish(COMMITTEE_EVENTS, committeeId, committeeId, newId(), type, data, null);
        }

        /** registration's DelegateSeated or DelegateUnseated of the seat, at the seat's {@code version}. */
        public void publishSeating(String type, String seatId, String delegateId, long version) {
            ObjectNode data = example("registration-service", "DelegateSeated.v1");
            data.put("conferenceId", conferenceId);
            data.put("seatId", seatId);
            data.put("committeeId", committeeId);
            data.put("delegateId", delegateId);
            data.put("version", version);
            publish(REGISTRATION_EVENTS, conferenceId, seatId, newId(), type, data, PendingEvent.position(version, 0));
        }
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static ObjectNode example(String producer, String event) {
        return (ObjectNode) JSON.readTree(EventContracts.producerExample(producer, event));
    }

    /** The data of every record on voting.events of this type that concerns the vote. */
    public static List<JsonNode> votingEvents(String type, String voteId) {
        List<ConsumerRecord<String, byte[]>> records = KafkaTestClient.readToEnd(VOTING_EVENTS, Duration.ofSeconds(30));
        return records.stream()
                .filter(r -> type.equals(KafkaTestClient.header(r, "ce_type")))
                .map(r -> JSON.readTree(new String(r.value(), StandardCharsets.UTF_8)))
                .filter(d -> voteId.equals(d.get("voteId").asString()))
                .toList();
    }

    private static void publish(
            String topic, String key, String subject, String id, String type, JsonNode data, String sequence) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(topic, key, JSON.writeValueAsString(data).getBytes(StandardCharsets.UTF_8));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id);
        header(record, "ce_type", type);
        header(record, "ce_source", "/quorum/test");
        header(record, "ce_subject", subject);
        header(record, "ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        header(record, "content-type", "application/json");
        if (sequence != null) {
            header(record, "ce_sequence", sequence);
        }
        KafkaTestClient.publish(record);
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
