package dev.quorum.registration.testing;

import dev.quorum.platform.test.EventContracts;
import dev.quorum.platform.test.KafkaTestClient;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Committee events as committee-service will publish them, made from its golden examples (so a
 * drifting contract fails our tests) and published by hand as CloudEvents on {@code committee.events}.
 */
public final class CommitteeEvents {
    public static final String TOPIC = "committee.events";
    public static final String CREATED = "quorum.committee.CommitteeCreated.v1";
    public static final String SEATS_CHANGED = "quorum.committee.CommitteeSeatsChanged.v1";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CommitteeEvents() {}

    /** The SCO of the golden example (13 seats, one delegate each), as a committee of {@code conferenceId}. */
    public static ObjectNode created(String committeeId, String conferenceId) {
        ObjectNode data = example("CommitteeCreated.v1");
        data.put("committeeId", committeeId);
        data.put("conferenceId", conferenceId);
        return data;
    }

    /** The golden example's new seat list (Türkiye in, the CSTO out, two delegates per seat) at {@code version}. */
    public static ObjectNode seatsChanged(String committeeId, String conferenceId, long version) {
        ObjectNode data = example("CommitteeSeatsChanged.v1");
        data.put("committeeId", committeeId);
        data.put("conferenceId", conferenceId);
        data.put("version", version);
        return data;
    }

    /** The id of the seat named {@code name} in an event's seat list. */
    public static String seatId(JsonNode data, String name) {
        return data.get("seats")
                .valueStream()
                .filter(s -> name.equals(s.get("name").asString()))
                .map(s -> s.get("seatId").asString())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No seat " + name));
    }

    /** The names of an event's seats, in order. */
    public static List<String> seatNames(JsonNode data) {
        return data.get("seats")
                .valueStream()
                .map(s -> s.get("name").asString())
                .toList();
    }

    /** Keeps only the first {@code count} seats. */
    public static ObjectNode withFirstSeats(ObjectNode data, int count) {
        ArrayNode seats = (ArrayNode) data.get("seats");
        while (seats.size() > count) {
            seats.remove(seats.size() - 1);
        }
        return data;
    }

    /** Publishes the event keyed (and ordered) by its committee, with a fresh event id. */
    public static void publish(String type, ObjectNode data) {
        String committeeId = data.get("committeeId").asString();
        publish(committeeId, UUID.randomUUID().toString(), type, data);
    }

    /** Publishes with the given record key and event id (for redeliveries and partition ordering). */
    public static void publish(String key, String eventId, String type, ObjectNode data) {
        KafkaTestClient.publishCloudEvent(
                TOPIC, key, eventId, type, data.get("committeeId").asString(), JSON.writeValueAsBytes(data));
    }

    private static ObjectNode example(String event) {
        return (ObjectNode) JSON.readTree(EventContracts.producerExample("committee-service", event));
    }
}
