package dev.quorum.registration.conference.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConferenceIdTest {

    @Test
    void aNewIdIsAFreshLowercaseUuid() {
        ConferenceId id = ConferenceId.newId();

        assertThat(id.value()).matches(ConferenceId.PATTERN);
        assertThat(ConferenceId.newId()).isNotEqualTo(id);
    }

    @Test
    void printsAsItsValue() {
        assertThat(new ConferenceId("c1")).hasToString("c1");
    }
}
