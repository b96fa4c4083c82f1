package dev.quorum.committee.committee.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.test.EventContracts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committee events this service will publish (the committee issue implements the producer):
 * their golden examples match the schemas we ship, and the schemas refuse what consumers could
 * not use. Consumers (registration-service first) test against these examples.
 */
class CommitteeEventsContractTest {
    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"CommitteeCreated.v1", "CommitteeSeatsChanged.v1"})
    void goldenExamplesMatchTheirSchemas(String event) {
        assertThat(EventContracts.violations(event, EventContracts.example(event)))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CommitteeCreated.v1", "CommitteeSeatsChanged.v1"})
    void goldenExamplesNameEachSeatOnce(String event) {
        JsonNode seats = json.readTree(EventContracts.example(event)).get("seats");

        assertThat(seats.valueStream().map(s -> s.get("seatId").asString()))
                .isNotEmpty()
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CommitteeCreated.v1", "CommitteeSeatsChanged.v1"})
    void everySeatKindIsAllowed(String event) {
        ObjectNode data = example(event);
        ArrayNode seats = (ArrayNode) data.get("seats");
        String[] kinds = {"MEMBER", "VETO_MEMBER", "OBSERVER", "NON_STATE_ACTOR"};
        for (int i = 0; i < kinds.length; i++) {
            ((ObjectNode) seats.get(i)).put("kind", kinds[i]);
        }

        assertThat(EventContracts.violations(event, json.writeValueAsString(data)))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CommitteeCreated.v1", "CommitteeSeatsChanged.v1"})
    void schemasRefuseADelegationSizeOtherThanOneOrTwo(String event) {
        ObjectNode data = example(event);
        data.put("delegationSize", 3);

        assertThat(EventContracts.violations(event, json.writeValueAsString(data)))
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CommitteeCreated.v1", "CommitteeSeatsChanged.v1"})
    void schemasRefuseUnknownSeatKindsAndSeatsWithoutAName(String event) {
        ObjectNode unknownKind = example(event);
        ((ObjectNode) unknownKind.get("seats").get(0)).put("kind", "PRESS");
        ObjectNode nameless = example(event);
        ((ObjectNode) nameless.get("seats").get(0)).remove("name");

        assertThat(EventContracts.violations(event, json.writeValueAsString(unknownKind)))
                .isNotEmpty();
        assertThat(EventContracts.violations(event, json.writeValueAsString(nameless)))
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CommitteeCreated.v1", "CommitteeSeatsChanged.v1"})
    void schemasRequireTheCommitteeTheConferenceAndTheWholeSeatList(String event) {
        for (String field : new String[] {"committeeId", "conferenceId", "version", "delegationSize", "seats"}) {
            ObjectNode data = example(event);
            data.remove(field);

            assertThat(EventContracts.violations(event, json.writeValueAsString(data)))
                    .as("without %s", field)
                    .isNotEmpty();
        }
    }

    private ObjectNode example(String event) {
        return (ObjectNode) json.readTree(EventContracts.example(event));
    }
}
