package dev.quorum.guide.committee.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.test.EventContracts;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Our copies of committee-service's events read its golden examples: a drifting contract fails here. */
class CommitteeEventsContractTest {
    private static ValidatorFactory factory;
    private static Validator validator;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

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
    void committeeCreatedExampleGivesTheNameAndConference() {
        CommitteeCreated event = json.readValue(example("CommitteeCreated.v1"), CommitteeCreated.class);

        assertThat(validator.validate(event)).isEmpty();
        assertThat(event.abbreviation()).isEqualTo("SCO");
        assertThat(event.conferenceId()).isEqualTo("5f0c2a8e-4b1d-4d8a-9a51-2f1f0c9e7b10");
        assertThat(event.version()).isEqualTo(1);
    }

    @Test
    void committeeSeatsChangedExampleIsValid() {
        CommitteeSeatsChanged event = json.readValue(example("CommitteeSeatsChanged.v1"), CommitteeSeatsChanged.class);

        assertThat(validator.validate(event)).isEmpty();
        assertThat(event.version()).isGreaterThan(1);
    }

    private static String example(String event) {
        return EventContracts.producerExample("committee-service", event);
    }
}
