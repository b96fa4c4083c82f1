package dev.quorum.voting.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link DecisionRules} against the {@link ReferenceModel}, for every preset's rules, over random tallies and
 * random committees with random attendance. Fixed seeds (the method name mixed into {@link #SEED}), so every
 * run checks the same examples; a failure prints the smallest falsifying example found by shrinking.
 */
class DecisionRulesPropertiesTest {

    private static final long SEED = 20_261_203L;
    private static final int EXAMPLES = 3000;

    private long theorySeed;

    @BeforeEach
    void seedFor(TestInfo test) {
        theorySeed = SEED ^ test.getTestMethod().orElseThrow().getName().hashCode();
    }

    /** A tally as voting-service builds it; small counts are likelier, so ties and boundaries come up often. */
    record Counts(int yes, int no, int abstain, int notVoting, int vetoNos) {
        Tally tally() {
            List<String> vetoes = new ArrayList<>();
            for (int i = 0; i < vetoNos; i++) {
                vetoes.add("veto-" + i);
            }
            return new Tally(yes, no, abstain, notVoting, Math.max(1, yes + no + abstain + notVoting), vetoes);
        }
    }

    /** One listed or unlisted seat of a random committee, and the ballot it tries to cast. */
    record SeatBallot(SeatKind kind, Attendance attendance, Choice choice, boolean passedBefore) {}

    @Test
    void everyPresetDecidesAnyTallyAsTheReferenceModel() {
        AtomicInteger checked = new AtomicInteger();
        theory().forAll(Generate.pick(Presets.ALL), counts()).checkAssert((preset, counts) -> {
            checked.incrementAndGet();
            Tally tally = counts.tally();
            Decision decision = DecisionRules.decide(preset.rule(), tally);
            ReferenceModel.Expected expected = ReferenceModel.decide(
                    preset.rule(), tally.yes(), tally.no(), tally.presentEligible(), counts.vetoNos());

            assertThat(decision.outcome()).as("outcome").isEqualTo(expected.outcome());
            assertThat(decision.requiredYes()).as("yes votes required").isEqualTo(expected.requiredYes());
            assertThat(decision.vetoedBy())
                    .as("vetoed by")
                    .isEqualTo(decision.outcome() == Outcome.VETOED ? tally.vetoNoSeatIds() : List.of());
            assertThat(decision.explanation())
                    .as("explanation names the yes count")
                    .contains(tally.yes() + " yes");
        });
        assertThat(checked.get()).as("examples checked").isGreaterThan(EXAMPLES / 2);
    }

    @Test
    void aCommitteeWithRandomAttendanceVotesAsTheReferenceModel() {
        AtomicInteger checked = new AtomicInteger();
        theory().forAll(Generate.pick(Presets.ALL), Generate.enumValues(VoteMethod.class), committees())
                .checkAssert((preset, method, seats) -> {
                    checked.incrementAndGet();
                    int yes = 0, no = 0, abstain = 0, notVoting = 0;
                    List<String> vetoNos = new ArrayList<>();
                    for (int i = 0; i < seats.size(); i++) {
                        SeatBallot seat = seats.get(i);
                        boolean allowed = ReferenceModel.allows(
                                preset.rule(),
                                preset.kind(),
                                method,
                                seat.kind(),
                                seat.attendance(),
                                seat.choice(),
                                seat.passedBefore());
                        assertThat(DecisionRules.refusal(
                                                preset.rule(),
                                                preset.kind(),
                                                method,
                                                seat.kind(),
                                                seat.attendance(),
                                                seat.choice(),
                                                seat.passedBefore())
                                        .isEmpty())
                                .as("ballot of seat %d %s accepted", i, seat)
                                .isEqualTo(allowed);
                        if (!ReferenceModel.eligible(preset.kind(), seat.kind(), seat.attendance())) {
                            continue;
                        }
                        Choice counted = allowed ? seat.choice() : Choice.PASS;
                        switch (counted) {
                            case YES -> yes++;
                            case NO -> {
                                no++;
                                if (seat.kind() == SeatKind.VETO_MEMBER) {
                                    vetoNos.add("seat-" + i);
                                }
                            }
                            case ABSTAIN -> abstain++;
                            case PASS -> notVoting++;
                        }
                    }
                    int present = yes + no + abstain + notVoting;
                    if (present == 0) {
                        return; // nobody eligible: committee-service sends no such vote (seats has minItems 1)
                    }
                    Decision decision = DecisionRules.decide(
                            preset.rule(), new Tally(yes, no, abstain, notVoting, present, vetoNos));
                    ReferenceModel.Expected expected =
                            ReferenceModel.decide(preset.rule(), yes, no, present, vetoNos.size());
                    assertThat(decision.outcome()).as("outcome").isEqualTo(expected.outcome());
                    assertThat(decision.requiredYes()).as("yes votes required").isEqualTo(expected.requiredYes());
                });
        assertThat(checked.get()).as("examples checked").isGreaterThan(EXAMPLES / 2);
    }

    private QuickTheory theory() {
        return QuickTheory.qt().withFixedSeed(theorySeed).withExamples(EXAMPLES).withShrinkCycles(1000);
    }

    /** Mostly committees of up to 20 votes, sometimes up to the 500-seat bound. */
    private static Gen<Counts> counts() {
        Gen<Integer> count = Generate.frequency(
                Pair.of(6, integers().between(0, 12)), Pair.of(1, integers().between(0, 125)));
        return count.zip(
                        count,
                        count,
                        count,
                        (yes, no, abstain, notVoting) -> new Counts(yes, no, abstain, notVoting, 0))
                .flatMap(partial -> integers()
                        .between(0, Math.min(partial.no(), 5))
                        .map(vetoNos -> new Counts(
                                partial.yes(), partial.no(), partial.abstain(), partial.notVoting(), vetoNos)));
    }

    /** Up to 40 seats of every kind and attendance, each trying any choice (veto members are rare). */
    private static Gen<List<SeatBallot>> committees() {
        Gen<SeatKind> kinds = Generate.frequency(
                Pair.of(6, Generate.constant(SeatKind.MEMBER)),
                Pair.of(2, Generate.constant(SeatKind.VETO_MEMBER)),
                Pair.of(1, Generate.constant(SeatKind.OBSERVER)),
                Pair.of(1, Generate.constant(SeatKind.NON_STATE_ACTOR)));
        Gen<SeatBallot> seats = kinds.zip(
                Generate.enumValues(Attendance.class),
                Generate.enumValues(Choice.class),
                Generate.booleans(),
                SeatBallot::new);
        return lists().of(seats).ofSizeBetween(1, 40);
    }
}
