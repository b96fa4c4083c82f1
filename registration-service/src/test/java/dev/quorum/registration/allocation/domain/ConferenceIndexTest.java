package dev.quorum.registration.allocation.domain;

import static dev.quorum.registration.allocation.domain.Choice.seat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConferenceIndexTest {

    private static final List<Seat> SIX_SEATS = IntStream.rangeClosed(1, 6)
            .mapToObj(i -> new Seat("GA-" + i, "GA", 1))
            .toList();

    @Test
    void seatsAskedForEquallyOftenGoOutInAnOrderTheSeedDecides() {
        Set<List<Integer>> orders = new HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            orders.add(seatOrder(List.of(), seed));
        }

        // Twenty seeds over 720 possible orders: id order for every seed would mean no tie-break.
        assertThat(orders).hasSizeGreaterThan(1);
        assertThat(seatOrder(List.of(), 7)).isEqualTo(seatOrder(List.of(), 7));
    }

    @Test
    void aSeatAskedForByNameIsHandedOutAfterTheOthersWhateverTheSeed() {
        List<SchoolDemand> askingForTheFirst = List.of(new SchoolDemand("Lycee", 1, List.of(seat("GA", "GA-1"))));

        for (long seed = 1; seed <= 20; seed++) {
            List<Integer> order = seatOrder(askingForTheFirst, seed);
            assertThat(order.get(order.size() - 1)).as("seed %d", seed).isZero();
        }
    }

    private static List<Integer> seatOrder(List<SchoolDemand> schools, long seed) {
        return IntStream.of(new ConferenceIndex(SIX_SEATS, schools, seed).seatOrder)
                .boxed()
                .toList();
    }
}
