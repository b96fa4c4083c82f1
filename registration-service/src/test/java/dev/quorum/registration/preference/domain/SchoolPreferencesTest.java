package dev.quorum.registration.preference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SchoolPreferencesTest {
    private static final Choice KAZAKHSTAN_IN_SCO = new Choice("sco", Optional.of("kazakhstan"));
    private static final Choice ANY_SEAT_IN_SCO = new Choice("sco", Optional.empty());
    private static final Choice ANY_SEAT_IN_UNSC = new Choice("unsc", Optional.empty());

    @Test
    void keepsTheRankingMostWantedFirst() {
        assertThat(SchoolPreferences.rank(List.of(ANY_SEAT_IN_UNSC, KAZAKHSTAN_IN_SCO, ANY_SEAT_IN_SCO), 10))
                .containsExactly(ANY_SEAT_IN_UNSC, KAZAKHSTAN_IN_SCO, ANY_SEAT_IN_SCO);
    }

    @Test
    void refusesMoreChoicesThanTheConferenceAllowsNamingChoices() {
        List<Choice> eleven = IntStream.range(0, 11)
                .mapToObj(i -> new Choice("committee-" + i, Optional.empty()))
                .toList();

        assertThat(SchoolPreferences.rank(eleven.subList(0, 10), 10)).hasSize(10);
        assertThatThrownBy(() -> SchoolPreferences.rank(eleven, 10))
                .isInstanceOfSatisfying(
                        PreferenceRuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("choices"));
    }

    @Test
    void refusesAChoiceRankedTwiceNamingTheRepetition() {
        assertThatThrownBy(() -> SchoolPreferences.rank(
                        List.of(KAZAKHSTAN_IN_SCO, ANY_SEAT_IN_UNSC, new Choice("sco", Optional.of("kazakhstan"))), 10))
                .isInstanceOfSatisfying(PreferenceRuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("choices[2]");
                    assertThat(e.getMessage()).contains("choices[0]");
                });
    }

    @Test
    void aSeatAndAnySeatOfTheSameCommitteeAreDifferentChoices() {
        assertThat(SchoolPreferences.rank(List.of(KAZAKHSTAN_IN_SCO, ANY_SEAT_IN_SCO), 10))
                .hasSize(2);
    }

    @Test
    void aSchoolWithoutPreferencesHasNoneAtVersionZero() {
        SchoolPreferences none = SchoolPreferences.none("school-1");

        assertThat(none.choices()).isEmpty();
        assertThat(none.version()).isZero();
        assertThat(none.updatedAt()).isEmpty();
    }

    @Test
    void preferencesKeepWhenTheyWereSetAndANullTimeMeansNever() {
        Instant set = Instant.parse("2025-10-01T09:00:00Z");

        assertThat(new SchoolPreferences("school-1", 1, List.of(), Optional.of(set)).updatedAt())
                .contains(set);
        assertThat(new SchoolPreferences("school-1", 0, List.of(), null).updatedAt())
                .isEmpty();
    }
}
