package dev.quorum.registration.conference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistrationTermsTest {
    private static final Instant T = Instant.parse("2025-09-01T00:00:00Z");

    private static RegistrationTerms withCapacity(Integer capacity) {
        return new RegistrationTerms(List.of(), Optional.ofNullable(capacity), Optional.empty(), 10);
    }

    private static RegistrationTerms withMaxPerApplication(int max, Integer capacity) {
        return new RegistrationTerms(List.of(), Optional.ofNullable(capacity), Optional.empty(), 10, Optional.of(max));
    }

    private static void assertViolates(String field, Runnable terms) {
        assertThatThrownBy(terms::run)
                .isInstanceOfSatisfying(
                        ConferenceRuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo(field));
    }

    private static List<RegistrationWindow> dailyWindows(int count) {
        List<RegistrationWindow> windows = new ArrayList<>();
        for (int day = 0; day < count; day++) {
            windows.add(new RegistrationWindow(T.plusSeconds(86_400L * day), T.plusSeconds(86_400L * day + 3600)));
        }
        return windows;
    }

    @Test
    void defaultsAreOpenEndedFreeAndTenPreferences() {
        RegistrationTerms defaults = RegistrationTerms.defaults();

        assertThat(defaults.windows()).isEmpty();
        assertThat(defaults.capacity()).isEmpty();
        assertThat(defaults.fees()).isEmpty();
        assertThat(defaults.maxPreferences()).isEqualTo(RegistrationTerms.DEFAULT_MAX_PREFERENCES);
        assertThat(defaults.windowContains(T)).as("no window: any time").isTrue();
    }

    @Test
    void nullsMeanNone() {
        RegistrationTerms terms = new RegistrationTerms(null, null, null, 5, null);

        assertThat(terms.windows()).isEmpty();
        assertThat(terms.capacity()).isEmpty();
        assertThat(terms.fees()).isEmpty();
        assertThat(terms.maxDelegatesPerApplication()).isEmpty();
    }

    @Test
    void atMostTenWindows() {
        assertThatCode(() -> new RegistrationTerms(dailyWindows(10), Optional.empty(), Optional.empty(), 10))
                .doesNotThrowAnyException();
        assertViolates(
                "registrationWindows",
                () -> new RegistrationTerms(dailyWindows(11), Optional.empty(), Optional.empty(), 10));
    }

    @Test
    void windowsMayTouchButNotOverlap() {
        RegistrationWindow early = new RegistrationWindow(T, T.plusSeconds(100));
        RegistrationWindow regular = new RegistrationWindow(T.plusSeconds(100), T.plusSeconds(200));
        RegistrationWindow late = new RegistrationWindow(T.plusSeconds(199), T.plusSeconds(300));

        assertThatCode(() -> new RegistrationTerms(List.of(early, regular), Optional.empty(), Optional.empty(), 10))
                .doesNotThrowAnyException();
        assertViolates(
                "registrationWindows",
                () -> new RegistrationTerms(List.of(early, regular, late), Optional.empty(), Optional.empty(), 10));
    }

    @Test
    void applicationsFallInsideOneOfTheWindows() {
        RegistrationTerms terms = new RegistrationTerms(
                List.of(
                        new RegistrationWindow(T, T.plusSeconds(100)),
                        new RegistrationWindow(T.plusSeconds(200), T.plusSeconds(300))),
                Optional.empty(),
                Optional.empty(),
                10);

        assertThat(terms.windowContains(T.plusSeconds(250))).isTrue();
        assertThat(terms.windowContains(T.plusSeconds(150)))
                .as("between windows")
                .isFalse();
    }

    @Test
    void capacityIsOneToOneHundredThousand() {
        assertThat(withCapacity(1).capacity()).contains(1);
        assertThat(withCapacity(RegistrationTerms.MAX_CAPACITY).capacity()).contains(RegistrationTerms.MAX_CAPACITY);
        assertViolates("capacity", () -> withCapacity(0));
        assertViolates("capacity", () -> withCapacity(RegistrationTerms.MAX_CAPACITY + 1));
    }

    @Test
    void maxPreferencesIsOneToFifty() {
        assertThat(new RegistrationTerms(List.of(), Optional.empty(), Optional.empty(), 1).maxPreferences())
                .isEqualTo(1);
        assertThat(new RegistrationTerms(List.of(), Optional.empty(), Optional.empty(), 50).maxPreferences())
                .isEqualTo(50);
        assertViolates("maxPreferences", () -> new RegistrationTerms(List.of(), Optional.empty(), Optional.empty(), 0));
        assertViolates(
                "maxPreferences", () -> new RegistrationTerms(List.of(), Optional.empty(), Optional.empty(), 51));
    }

    @Test
    void maxDelegatesPerApplicationIsOneToFiveHundredAndWinsOverTheShare() {
        assertThat(withMaxPerApplication(1, 1000).delegatesPerApplicationLimit())
                .isEqualTo(1);
        assertThat(withMaxPerApplication(500, 10).delegatesPerApplicationLimit())
                .isEqualTo(500);
        assertViolates("maxDelegatesPerApplication", () -> withMaxPerApplication(0, null));
        assertViolates("maxDelegatesPerApplication", () -> withMaxPerApplication(501, null));
    }

    @Test
    void withoutCapacityOrSettingTheLimitIsTheLargestDelegation() {
        assertThat(withCapacity(null).delegatesPerApplicationLimit())
                .isEqualTo(RegistrationTerms.MAX_DELEGATES_PER_APPLICATION);
    }

    @Test
    void theDefaultLimitIsAQuarterOfTheCapacityRoundedUp() {
        assertThat(withCapacity(400).delegatesPerApplicationLimit()).isEqualTo(100);
        assertThat(withCapacity(401).delegatesPerApplicationLimit()).isEqualTo(101);
        assertThat(withCapacity(85).delegatesPerApplicationLimit()).isEqualTo(22);
    }

    @Test
    void theDefaultLimitIsAtLeastTwentyButNeverMoreThanTheCapacityOrFiveHundred() {
        assertThat(withCapacity(60).delegatesPerApplicationLimit())
                .as("share 15")
                .isEqualTo(20);
        assertThat(withCapacity(10).delegatesPerApplicationLimit())
                .as("capacity 10")
                .isEqualTo(10);
        assertThat(withCapacity(20).delegatesPerApplicationLimit()).isEqualTo(20);
        assertThat(withCapacity(3000).delegatesPerApplicationLimit())
                .as("share 750")
                .isEqualTo(500);
    }
}
