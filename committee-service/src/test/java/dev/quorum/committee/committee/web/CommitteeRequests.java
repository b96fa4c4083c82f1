package dev.quorum.committee.committee.web;

import dev.quorum.platform.test.EventContracts;
import dev.quorum.platform.test.KafkaTestClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Test data: the SCO committee of the shared study guide, and the conference it belongs to. */
public final class CommitteeRequests {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CommitteeRequests() {}

    /** The SCO: ten members and two observers, consensus rules. A mutable map, for tests to spoil. */
    public static Map<String, Object> sco(String conferenceId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conferenceId", conferenceId);
        body.put("name", "Shanghai Cooperation Organisation");
        body.put("abbreviation", "SCO");
        body.put("type", "SPECIALISED_AGENCY");
        body.put("level", "ADVANCED");
        body.put("agendaItems", List.of("2022 Kazakhstan Protests"));
        body.put("delegationSize", 1);
        body.put("rules", new LinkedHashMap<>(Map.of("preset", "CONSENSUS")));
        body.put("seats", scoSeats());
        body.put("positionPaperDeadline", "2026-11-20T21:00:00Z");
        return body;
    }

    static List<Map<String, Object>> scoSeats() {
        List<Map<String, Object>> seats = new ArrayList<>();
        for (String member : List.of(
                "China",
                "India",
                "Iran",
                "Kazakhstan",
                "Kyrgyzstan",
                "Pakistan",
                "Russia",
                "Tajikistan",
                "Uzbekistan",
                "Belarus")) {
            seats.add(new LinkedHashMap<>(Map.of("name", member, "kind", "MEMBER")));
        }
        seats.add(new LinkedHashMap<>(Map.of("name", "Mongolia", "kind", "OBSERVER")));
        seats.add(new LinkedHashMap<>(Map.of("name", "Afghanistan", "kind", "OBSERVER")));
        return seats;
    }

    /** Publishes registration's ConferenceCreated for a new conference, as registration-service would. */
    public static String knownConference() {
        String conferenceId = UUID.randomUUID().toString();
        ObjectNode data = (ObjectNode)
                JSON.readTree(EventContracts.producerExample("registration-service", "ConferenceCreated.v1"));
        data.put("conferenceId", conferenceId);
        KafkaTestClient.publishCloudEvent(
                "registration.events",
                conferenceId,
                UUID.randomUUID().toString(),
                "quorum.registration.ConferenceCreated.v1",
                conferenceId,
                JSON.writeValueAsBytes(data));
        return conferenceId;
    }
}
