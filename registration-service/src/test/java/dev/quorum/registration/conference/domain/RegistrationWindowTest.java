package dev.quorum.registration.conference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegistrationWindowTest {
    private static final Instant T = Instant.parse("2025-09-01T00:00:00Z");
    private static final Instant FIRST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("2101-01-01T00:00:00Z");

    private static void assertRejected(Instant opens, Instant closes) {
        assertThatThrownBy(() -> new RegistrationWindow(opens, closes))
                .isInstanceOfSatisfying(
                        ConferenceRuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("registrationWindows"));
    }

    @Test
    void needsBothEnds() {
        assertRejected(null, T);
        assertRejected(T, null);
    }

    @Test
    void mustCloseAfterItOpens() {
        assertRejected(T, T);
        assertRejected(T, T.minusSeconds(1));
        assertThatCode(() -> new RegistrationWindow(T, T.plusNanos(1))).doesNotThrowAnyException();
    }

    @Test
    void liesBetween2000And2100InUtc() {
        assertThatCode(() -> new RegistrationWindow(FIRST, END.minusNanos(1))).doesNotThrowAnyException();
        assertRejected(FIRST.minusNanos(1), T);
        assertRejected(T, END);
        assertRejected(Instant.MIN, T);
        assertRejected(T, Instant.MAX);
    }

    @Test
    void saneDaysAreTheFirstOf2000ToTheLastOf2100() {
        assertThat(RegistrationWindow.withinSaneRange(RegistrationWindow.EARLIEST))
                .isTrue();
        assertThat(RegistrationWindow.withinSaneRange(RegistrationWindow.LATEST))
                .isTrue();
        assertThat(RegistrationWindow.withinSaneRange(LocalDate.of(1999, 12, 31)))
                .isFalse();
        assertThat(RegistrationWindow.withinSaneRange(LocalDate.of(2101, 1, 1))).isFalse();
    }

    @Test
    void containsItsOpeningInstantButNotItsClosingOne() {
        RegistrationWindow window = new RegistrationWindow(T, T.plusSeconds(100));

        assertThat(window.contains(T)).isTrue();
        assertThat(window.contains(T.plusSeconds(99))).isTrue();
        assertThat(window.contains(T.plusSeconds(100))).isFalse();
        assertThat(window.contains(T.minusNanos(1))).isFalse();
    }

    @Test
    void overlapsOnlyWhenTheySharePartOfTheirTime() {
        RegistrationWindow window = new RegistrationWindow(T, T.plusSeconds(100));

        assertThat(window.overlaps(new RegistrationWindow(T.plusSeconds(100), T.plusSeconds(200))))
                .isFalse();
        assertThat(new RegistrationWindow(T.minusSeconds(100), T).overlaps(window))
                .isFalse();
        assertThat(window.overlaps(new RegistrationWindow(T.plusSeconds(99), T.plusSeconds(200))))
                .isTrue();
        assertThat(window.overlaps(new RegistrationWindow(T.minusSeconds(100), T.plusSeconds(1))))
                .isTrue();
        assertThat(window.overlaps(new RegistrationWindow(T.plusSeconds(10), T.plusSeconds(20))))
                .as("inside")
                .isTrue();
    }
}
