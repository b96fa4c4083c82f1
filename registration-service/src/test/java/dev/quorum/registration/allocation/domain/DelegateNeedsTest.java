package dev.quorum.registration.allocation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The safety rule at its two boundaries, with M = min(D, n1 + 2 min(n2, (D - O) / 2)) worked out by hand. */
class DelegateNeedsTest {

    private static SeatPool pool(int singles, int doubles) {
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < singles; i++) {
            seats.add(new Seat("s" + i, "ga", 1));
        }
        for (int i = 0; i < doubles; i++) {
            seats.add(new Seat("d" + i, "sc", 2));
        }
        return new SeatPool(new ConferenceIndex(seats, List.of(new SchoolDemand("a", 2, List.of())), 1));
    }

    @Test
    void aSingleSeatForAnEvenNeedIsSafeWithExactlyTwoSinglesMoreThanOddSchools() {
        // D = 2, O = 0, n1 = 2, n2 = 1: M = 2; after the single, D = 1, O = 1, n1 = 1: M = 1.
        DelegateNeeds needs = new DelegateNeeds(new int[] {2});

        assertThat(needs.isSafe(0, 1, pool(2, 1))).isTrue();
    }

    @Test
    void aSingleSeatForAnEvenNeedIsUnsafeWhenDoubleSeatsExactlyCoverTheEvenDelegates() {
        // D = 3, O = 1, n1 = 2, n2 = 1: M = 3; after the single, D = 2, O = 2, n1 = 1: M = 1.
        DelegateNeeds needs = new DelegateNeeds(new int[] {2, 1});

        assertThat(needs.isSafe(0, 1, pool(2, 1))).isFalse();
    }

    @Test
    void aSeatLargerThanTheNeedIsNeverSafeAndAnOddNeedTakesASingle() {
        DelegateNeeds needs = new DelegateNeeds(new int[] {1, 3});

        assertThat(needs.isSafe(0, 2, pool(0, 2))).isFalse();
        assertThat(needs.isSafe(1, 1, pool(1, 0))).isTrue();
        assertThat(needs.sizesToTry(0)).containsExactly(1, 2);
        assertThat(new DelegateNeeds(new int[] {2}).sizesToTry(0)).containsExactly(2, 1);
    }
}
