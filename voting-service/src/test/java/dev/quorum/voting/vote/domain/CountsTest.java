package dev.quorum.voting.vote.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.voting.rules.domain.Choice;
import org.junit.jupiter.api.Test;

/** The counts read per choice, and what counts as a final ballot or a retry. */
class CountsTest {
    private final Counts counts = new Counts(3, 5, 7, 11);

    @Test
    void readsEachChoiceFromItsOwnCount() {
        assertThat(counts.of(Choice.YES)).isEqualTo(3);
        assertThat(counts.of(Choice.NO)).isEqualTo(5);
        assertThat(counts.of(Choice.ABSTAIN)).isEqualTo(7);
        assertThat(counts.of(Choice.PASS)).isEqualTo(11);
    }

    @Test
    void aPassIsNotAFinalBallot() {
        assertThat(counts.voted()).isEqualTo(15);
        assertThat(Counts.NONE.voted()).isZero();
    }

    @Test
    void theSameChoiceWithTheSameRightsIsARetryAndAnythingElseIsNot() {
        SeatBallot yesWithRights = new SeatBallot(Choice.YES, true, 1, false);

        assertThat(yesWithRights.sameAs(Choice.YES, true)).isTrue();
        assertThat(yesWithRights.sameAs(Choice.YES, false)).isFalse();
        assertThat(yesWithRights.sameAs(Choice.NO, true)).isFalse();
    }
}
