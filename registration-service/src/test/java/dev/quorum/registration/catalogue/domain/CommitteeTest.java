package dev.quorum.registration.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommitteeTest {
    private static final Seat FRANCE = new Seat("fr", "France", SeatKind.VETO_MEMBER);
    private static final Seat KENYA = new Seat("ke", "Kenya", SeatKind.MEMBER);

    private static Committee committee(int delegationSize) {
        return new Committee("sc", "c1", "Security Council", "SC", delegationSize, List.of(FRANCE, KENYA));
    }

    @Test
    void takesSingleOrDoubleDelegationsOnly() {
        assertThatCode(() -> committee(1)).doesNotThrowAnyException();
        assertThatCode(() -> committee(2)).doesNotThrowAnyException();
        assertThatThrownBy(() -> committee(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> committee(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsASeatById() {
        assertThat(committee(1).seat("ke")).contains(KENYA);
        assertThat(committee(1).seat("us")).isEmpty();
    }

    @Test
    void offersItsSeatsToAllocationInListedOrderWithItsDelegationSize() {
        assertThat(committee(2).committeeSeats())
                .containsExactly(
                        new CommitteeSeat("sc", "fr", "France", SeatKind.VETO_MEMBER, 2),
                        new CommitteeSeat("sc", "ke", "Kenya", SeatKind.MEMBER, 2));
    }
}
