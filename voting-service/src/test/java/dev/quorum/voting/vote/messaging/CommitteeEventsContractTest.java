package dev.quorum.voting.vote.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.test.EventContracts;
import dev.quorum.voting.rollcall.messaging.RollCallRecorded;
import dev.quorum.voting.rules.domain.Majority;
import dev.quorum.voting.rules.domain.VoteKind;
import dev.quorum.voting.rules.domain.VoteMethod;
import dev.quorum.voting.seating.messaging.DelegateSeating;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Our copies of committee-service's and registration's events read their golden examples. */
class CommitteeEventsContractTest {
    private static ValidatorFactory factory;
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
    void voteRequestedExampleIsAValidRequestWithItsRuleAndSeats() {
        VoteRequested event = json.readValue(
                EventContracts.producerExample("committee-service", "VoteRequested.v1"), VoteRequested.class);

        assertThat(validator.validate(event)).isEmpty();
        assertThat(event.kind()).isEqualTo(VoteKind.PROCEDURAL);
        assertThat(event.method()).isEqualTo(VoteMethod.PLACARD);
        assertThat(event.rule().toRule().majority()).isEqualTo(Majority.SIMPLE);
        assertThat(event.seats()).hasSize(9);
    }

    @Test
    void rollCallRecordedExampleIsValidWithBothRules() {
        RollCallRecorded event = json.readValue(
                EventContracts.producerExample("committee-service", "RollCallRecorded.v1"), RollCallRecorded.class);

        assertThat(validator.validate(event)).isEmpty();
        assertThat(event.entries()).hasSize(12);
        assertThat(event.rules().substantive().toRule().majority()).isEqualTo(Majority.CONSENSUS);
        assertThat(event.quorum().vote()).isTrue();
    }

    @Test
    void delegateSeatedAndUnseatedExamplesAreValid() {
        for (String event : new String[] {"DelegateSeated.v1", "DelegateUnseated.v1"}) {
            DelegateSeating seating = json.readValue(
                    EventContracts.producerExample("registration-service", event), DelegateSeating.class);

            assertThat(validator.validate(seating)).as(event).isEmpty();
        }
    }

    @Test
    void aVoteRequestWithoutSeatsOrWithAnOverlongTitleIsInvalid() {
        ObjectNode bad =
                (ObjectNode) json.readTree(EventContracts.producerExample("committee-service", "VoteRequested.v1"));
        bad.putArray("seats");
        ((ObjectNode) bad.get("subject")).put("title", "x".repeat(301));

        assertThat(validator.validate(json.treeToValue(bad, VoteRequested.class)))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("seats", "subject.title");
    }
}
