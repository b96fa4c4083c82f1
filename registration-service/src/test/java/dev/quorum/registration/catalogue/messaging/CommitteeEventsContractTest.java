package dev.quorum.registration.catalogue.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.test.EventContracts;
import dev.quorum.registration.catalogue.domain.Committee;
import dev.quorum.registration.catalogue.domain.Seat;
import dev.quorum.registration.catalogue.domain.SeatKind;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Our copies of committee-service's events read its golden examples: a drifting contract fails here. */
class CommitteeEventsContractTest {
    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void committeeCreatedExampleMapsToACommitteeWithItsSeatsInOrder() {
        CommitteeCreated event = json.readValue(example("CommitteeCreated.v1"), CommitteeCreated.class);

        assertThat(validator.validate(event)).isEmpty();
        Committee committee = event.toCommittee();
        assertThat(committee.abbreviation()).isEqualTo("SCO");
        assertThat(committee.delegationSize()).isEqualTo(1);
        assertThat(committee.seats()).hasSize(13);
        assertThat(committee.seats().get(2))
                .extracting(Seat::name, Seat::kind)
                .containsExactly("Kazakhstan", SeatKind.MEMBER);
        assertThat(committee.seats().get(12).kind()).isEqualTo(SeatKind.NON_STATE_ACTOR);
    }

    @Test
    void committeeSeatsChangedExampleIsAValidSnapshot() {
        CommitteeSeatsChanged event = json.readValue(example("CommitteeSeatsChanged.v1"), CommitteeSeatsChanged.class);

        assertThat(validator.validate(event)).isEmpty();
        assertThat(event.version()).isGreaterThan(1);
        assertThat(event.delegationSize()).isEqualTo(2);
        assertThat(SeatData.toSeats(event.seats()).stream().map(Seat::name)).contains("Türkiye");
    }

    @Test
    void aRepeatedSeatIdOrADelegationOfThreeIsInvalid() {
        ObjectNode repeated = (ObjectNode) json.readTree(example("CommitteeSeatsChanged.v1"));
        ((ObjectNode) repeated.get("seats").get(1))
                .put("seatId", repeated.get("seats").get(0).get("seatId").asString());
        ObjectNode triple = (ObjectNode) json.readTree(example("CommitteeCreated.v1"));
        triple.put("delegationSize", 3);

        assertThat(validator.validate(json.treeToValue(repeated, CommitteeSeatsChanged.class)))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly("seatIdsUnique");
        assertThat(validator.validate(json.treeToValue(triple, CommitteeCreated.class)))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly("delegationSize");
    }

    private static String example(String event) {
        return EventContracts.producerExample("committee-service", event);
    }
}
