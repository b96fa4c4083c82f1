package dev.quorum.voting.rules.domain;

import static dev.quorum.voting.rules.domain.Presets.rule;
import static dev.quorum.voting.rules.domain.Presets.securityCouncil;
import static dev.quorum.voting.rules.domain.Presets.simple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Named cases of the rules engine; the properties against the reference model are in the sibling test. */
class DecisionRulesTest {

    private static final DecisionRule SIMPLE = simple(true);
    private static final DecisionRule TWO_THIRDS = rule(Majority.TWO_THIRDS, MajorityBasis.PRESENT_AND_VOTING, false);
    private static final DecisionRule CONSENSUS =
            new DecisionRule(Majority.CONSENSUS, MajorityBasis.PRESENT_AND_VOTING, null, true, false, false);

    @Test
    void aTieIsRejected() {
        Decision decision = decide(SIMPLE, 5, 5, 0, 10);

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.requiredYes()).isEqualTo(6);
        assertThat(decision.explanation()).isEqualTo("simple majority of present and voting: 5 yes > 5 no not met");
    }

    @Test
    void evenCommitteeIsNotDecidedByHalfRoundedUp() {
        // ceil(10 / 2) = 5 yes would adopt the tie; yes > no does not.
        assertThat(decide(SIMPLE, 5, 5, 0, 10).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decide(SIMPLE, 5, 4, 1, 10).outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(decide(SIMPLE, 6, 3, 0, 9).explanation())
                .isEqualTo("simple majority of present and voting: 6 yes > 3 no");
    }

    @Test
    void oddCommitteeNeedsMoreYesThanNo() {
        assertThat(decide(SIMPLE, 5, 4, 0, 9).outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(decide(SIMPLE, 4, 4, 1, 9).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void simpleMajorityOfPresentCountsAbstentionsAgainst() {
        DecisionRule ofPresent = rule(Majority.SIMPLE, MajorityBasis.PRESENT, true);

        Decision fiveOfTen = decide(ofPresent, 5, 2, 3, 10);
        assertThat(fiveOfTen.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(fiveOfTen.requiredYes()).isEqualTo(6);
        assertThat(fiveOfTen.explanation()).isEqualTo("simple majority of present: 2 x 5 yes > 10 present not met");
        assertThat(decide(ofPresent, 6, 2, 2, 10).outcome()).isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void twoThirdsIsYesAtLeastTwiceNo() {
        Decision decision = decide(TWO_THIRDS, 7, 3, 0, 10);
        assertThat(decision.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(decision.explanation()).isEqualTo("two-thirds of present and voting: 7 yes >= 2 x 3 no");

        assertThat(decide(TWO_THIRDS, 6, 3, 0, 9).outcome())
                .as("exactly two thirds")
                .isEqualTo(Outcome.ADOPTED);
        assertThat(decide(TWO_THIRDS, 5, 3, 0, 8).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void twoThirdsOfPresentIsExactForNotDivisibleByThree() {
        DecisionRule ofPresent = rule(Majority.TWO_THIRDS, MajorityBasis.PRESENT, false);

        // 2/3 of 10 is 6.67: 7 yes are needed, 6 are not enough.
        assertThat(decide(ofPresent, 6, 0, 0, 10).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decide(ofPresent, 7, 0, 0, 10).outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(decide(ofPresent, 7, 0, 0, 10).requiredYes()).isEqualTo(7);
    }

    @Test
    void allAbstainingAdoptsNothingButConsensus() {
        assertThat(decide(SIMPLE, 0, 0, 10, 10).outcome()).isEqualTo(Outcome.REJECTED);
        Decision twoThirds = decide(TWO_THIRDS, 0, 0, 10, 10);
        assertThat(twoThirds.outcome()).as("not 0 >= 2 x 0").isEqualTo(Outcome.REJECTED);
        assertThat(twoThirds.explanation()).contains("no yes vote");
        assertThat(decide(CONSENSUS, 0, 0, 10, 10).outcome()).isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void consensusFailsOnOneObjection() {
        Decision decision = decide(CONSENSUS, 14, 1, 0, 15);

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.requiredYes()).isZero();
        assertThat(decision.explanation()).isEqualTo("consensus: 14 yes, 1 no (objection)");
    }

    @Test
    void securityCouncilNeedsNineOfFifteen() {
        Decision nine = decide(securityCouncil(true), 9, 6, 0, 15);
        assertThat(nine.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(nine.requiredYes()).isEqualTo(9);
        assertThat(nine.explanation()).isEqualTo("fixed count: 9 yes >= 9 required");
        assertThat(decide(securityCouncil(true), 8, 0, 7, 15).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aPermanentMembersNoIsAVeto() {
        Decision decision = DecisionRules.decide(securityCouncil(true), new Tally(13, 1, 1, 0, 15, List.of("france")));

        assertThat(decision.outcome()).isEqualTo(Outcome.VETOED);
        assertThat(decision.vetoedBy()).containsExactly("france");
        assertThat(decision.explanation()).startsWith("vetoed: 1 veto member(s) voted no; fixed count: 13 yes");
    }

    @Test
    void aPermanentMembersAbstentionIsNoVeto() {
        // All five permanent members abstain; nine others vote yes, one no.
        Decision decision = DecisionRules.decide(securityCouncil(true), new Tally(9, 1, 5, 0, 15, List.of()));

        assertThat(decision.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(decision.vetoedBy()).isEmpty();
    }

    @Test
    void noVetoOnProceduralMatters() {
        Decision decision =
                DecisionRules.decide(securityCouncil(false), new Tally(9, 2, 0, 4, 15, List.of("china", "russia")));

        assertThat(decision.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(decision.vetoedBy()).isEmpty();
    }

    @Test
    void refusesBallotsTheRulesForbid() {
        assertThat(refusal(VoteKind.SUBSTANTIVE, VoteMethod.PLACARD, SeatKind.MEMBER, Attendance.ABSENT, Choice.YES))
                .contains("an absent seat cannot vote");
        assertThat(refusal(VoteKind.SUBSTANTIVE, VoteMethod.PLACARD, SeatKind.OBSERVER, Attendance.PRESENT, Choice.NO))
                .contains("an observer votes on procedural matters only");
        assertThat(refusal(VoteKind.PROCEDURAL, VoteMethod.PLACARD, SeatKind.OBSERVER, Attendance.PRESENT, Choice.NO))
                .isEmpty();
        // Listed only where the profile lets non-state actors vote: then on procedural matters only.
        assertThat(refusal(
                        VoteKind.PROCEDURAL,
                        VoteMethod.PLACARD,
                        SeatKind.NON_STATE_ACTOR,
                        Attendance.PRESENT,
                        Choice.YES))
                .isEmpty();
        assertThat(refusal(
                        VoteKind.SUBSTANTIVE,
                        VoteMethod.PLACARD,
                        SeatKind.NON_STATE_ACTOR,
                        Attendance.PRESENT,
                        Choice.YES))
                .contains("a non-state actor votes on procedural matters only");
        assertThat(refusal(
                        VoteKind.PROCEDURAL, VoteMethod.PLACARD, SeatKind.MEMBER, Attendance.PRESENT, Choice.ABSTAIN))
                .contains("no abstentions on procedural votes");
        assertThat(refusal(
                        VoteKind.SUBSTANTIVE,
                        VoteMethod.PLACARD,
                        SeatKind.MEMBER,
                        Attendance.PRESENT_AND_VOTING,
                        Choice.ABSTAIN))
                .contains("a seat present and voting may not abstain on a substantive vote");
        assertThat(DecisionRules.refusal(
                        simple(false),
                        VoteKind.SUBSTANTIVE,
                        VoteMethod.PLACARD,
                        SeatKind.MEMBER,
                        Attendance.PRESENT,
                        Choice.ABSTAIN,
                        false))
                .contains("this vote allows no abstentions");
        assertThat(refusal(VoteKind.SUBSTANTIVE, VoteMethod.PLACARD, SeatKind.MEMBER, Attendance.PRESENT, Choice.PASS))
                .contains("pass is allowed on roll-call votes only");
    }

    @Test
    void aSeatPassesOnceThenVotesYesOrNo() {
        assertThat(pass(false, Choice.PASS)).isEmpty();
        assertThat(pass(true, Choice.PASS)).contains("a seat may pass only once; it must now vote yes or no");
        assertThat(pass(true, Choice.ABSTAIN)).contains("a seat that passed must vote yes or no");
        assertThat(pass(true, Choice.YES)).isEmpty();
    }

    @Test
    void rejectsRulesAndTalliesOutOfBounds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DecisionRule(
                        Majority.FIXED_COUNT, MajorityBasis.PRESENT_AND_VOTING, null, false, false, false));
        assertThatIllegalArgumentException().isThrownBy(() -> new Tally(-1, 0, 0, 0, 1, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Tally(6, 5, 0, 0, 10, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Tally(5, 0, 0, 0, 10, List.of("france")));
    }

    private static Decision decide(DecisionRule rule, int yes, int no, int abstain, int present) {
        return DecisionRules.decide(
                rule, new Tally(yes, no, abstain, present - yes - no - abstain, present, List.of()));
    }

    private static Optional<String> refusal(
            VoteKind kind, VoteMethod method, SeatKind seat, Attendance attendance, Choice choice) {
        return DecisionRules.refusal(SIMPLE, kind, method, seat, attendance, choice, false);
    }

    private static Optional<String> pass(boolean passedBefore, Choice choice) {
        return DecisionRules.refusal(
                SIMPLE,
                VoteKind.SUBSTANTIVE,
                VoteMethod.ROLL_CALL,
                SeatKind.MEMBER,
                Attendance.PRESENT,
                choice,
                passedBefore);
    }
}
