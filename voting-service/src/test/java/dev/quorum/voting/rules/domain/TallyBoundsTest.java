package dev.quorum.voting.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounds of the counts a vote is decided on and of a fixed-count rule, each at its edge. */
class TallyBoundsTest {

    @Test
    void everyCountMayBeZeroToFiveHundredAndNothingElse() {
        assertThat(new Tally(500, 0, 0, 0, 500, List.of()).yes()).isEqualTo(500);
        assertThat(new Tally(0, 0, 0, 0, 0, List.of()).presentEligible()).isZero();
        for (int field = 0; field < 5; field++) {
            int f = field;
            assertThatIllegalArgumentException().as("field %d below zero", f).isThrownBy(() -> tallyWith(f, -1));
            assertThatIllegalArgumentException().as("field %d over 500", f).isThrownBy(() -> tallyWith(f, 501));
        }
    }

    @Test
    void eachCountAloneMayFillButNotExceedThePresentSeats() {
        assertThat(new Tally(0, 0, 0, 10, 10, List.of()).notVoting()).isEqualTo(10);
        assertThatIllegalArgumentException().isThrownBy(() -> new Tally(11, 0, 0, 0, 10, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Tally(0, 11, 0, 0, 10, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Tally(0, 0, 11, 0, 10, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Tally(0, 0, 0, 11, 10, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Tally(3, 3, 3, 2, 10, List.of()));
    }

    /**
     * The counts come from the ballot box, so a refusal is a bug to find in the log: it names the
     * count at fault, or the sum and what it exceeds.
     */
    @Test
    void aRefusedTallySaysWhichCountIsWrong() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Tally(0, -1, 0, 0, 10, List.of()))
                .withMessage("no must be 0..500, was -1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Tally(3, 3, 3, 2, 10, List.of()))
                .withMessage("yes + no + abstain + notVoting (11) exceeds presentEligible (10)");
    }

    @Test
    void aFixedCountNeedsOneToFiveHundredYesVotes() {
        assertThat(fixed(1).requiredYes()).isEqualTo(1);
        assertThat(fixed(500).requiredYes()).isEqualTo(500);
        assertThatIllegalArgumentException().isThrownBy(() -> fixed(0));
        assertThatIllegalArgumentException().isThrownBy(() -> fixed(501));
        assertThatIllegalArgumentException().isThrownBy(() -> fixed(null));
    }

    /** A valid tally of 500 present seats with one count replaced by {@code value}. */
    private static Tally tallyWith(int field, int value) {
        int[] counts = {0, 0, 0, 0, 500};
        counts[field] = value;
        return new Tally(counts[0], counts[1], counts[2], counts[3], counts[4], List.of());
    }

    private static DecisionRule fixed(Integer requiredYes) {
        return new DecisionRule(
                Majority.FIXED_COUNT, MajorityBasis.PRESENT_AND_VOTING, requiredYes, false, false, false);
    }
}
