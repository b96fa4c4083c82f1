package dev.quorum.registration.allocation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeatAssignmentTest {

    private static SeatAssignment held(String school, int delegationSize, List<String> delegates) {
        return new SeatAssignment("c1", "ga-fr", "ga", Optional.ofNullable(school), delegationSize, delegates, 1);
    }

    @Test
    void isHeldOnlyByItsSchool() {
        SeatAssignment seat = held("north", 2, List.of());

        assertThat(seat.heldBy("north")).isTrue();
        assertThat(seat.heldBy("south")).isFalse();
    }

    @Test
    void aReleasedSeatIsHeldByNoOne() {
        SeatAssignment released = new SeatAssignment("c1", "ga-fr", "ga", null, 2, List.of(), 3);

        assertThat(released.schoolId()).isEmpty();
        assertThat(released.heldBy("north")).isFalse();
    }

    @Test
    void seatsOnlyItsDelegates() {
        SeatAssignment seat = held("north", 2, List.of("d1"));

        assertThat(seat.seats("d1")).isTrue();
        assertThat(seat.seats("d2")).isFalse();
    }

    @Test
    void isFullOnceItsDelegationIsSeated() {
        assertThat(held("north", 2, List.of()).full()).isFalse();
        assertThat(held("north", 2, List.of("d1")).full()).isFalse();
        assertThat(held("north", 2, List.of("d1", "d2")).full()).isTrue();
        assertThat(held("north", 1, List.of("d1")).full()).isTrue();
    }
}
