package dev.quorum.committee.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each bound of a rules profile at its edge: the last value accepted and the first refused, and
 * the field the refusal names. The SCO committee has ten voting members and two observers.
 */
class ProfileCheckBoundsTest {
    private static final RulesProfile UNA = RulesPresets.of(RulesPresets.UNA_USA);
    private static final List<Seat> NO_SEATS = List.of();

    @Test
    void aQuorumDenominatorIsOneToAThousand() {
        accepted(quorum(new Quorum(1, 1000, 1)), sco());
        accepted(quorum(new Quorum(1, 1, 1)), sco());
        refused(quorum(new Quorum(1, 0, 1)), sco(), "rules.quorumToDebate.denominator");
        refused(quorum(new Quorum(1, 1001, 1)), sco(), "rules.quorumToDebate.denominator");
    }

    @Test
    void aQuorumNumeratorMakesAFractionOfAtMostOne() {
        accepted(quorum(new Quorum(3, 3, 1)), sco());
        refused(quorum(new Quorum(4, 3, 1)), sco(), "rules.quorumToDebate.numerator");
    }

    @Test
    void aQuorumsMinimumCountIsZeroToFiveHundredAndAtMostTheVotingMembers() {
        accepted(quorum(new Quorum(1, 3, 0)), sco());
        accepted(quorum(new Quorum(1, 3, 10)), sco());
        accepted(quorum(new Quorum(1, 3, Seats.MAX_SEATS)), NO_SEATS);
        refused(quorum(new Quorum(1, 3, -1)), sco(), "rules.quorumToDebate.minimumCount");
        refused(quorum(new Quorum(1, 3, Seats.MAX_SEATS + 1)), NO_SEATS, "rules.quorumToDebate.minimumCount");
        assertThatThrownBy(() -> ProfileCheck.check(quorum(new Quorum(1, 3, 11)), sco()))
                .isInstanceOfSatisfying(
                        CommitteeRuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("rules.quorumToDebate.minimumCount"))
                .hasMessage("is more than the committee's 10 voting members: the quorum could never be met");
    }

    @Test
    void theDefaultSpeakingTimeIsTenSecondsToHalfAnHour() {
        accepted(speakingTime(ProfileCheck.MIN_SPEAKING_TIME_SECONDS), sco());
        accepted(speakingTime(ProfileCheck.MAX_SPEAKING_TIME_SECONDS), sco());
        refused(speakingTime(ProfileCheck.MIN_SPEAKING_TIME_SECONDS - 1), sco(), "rules.defaultSpeakingTimeSeconds");
        refused(speakingTime(ProfileCheck.MAX_SPEAKING_TIME_SECONDS + 1), sco(), "rules.defaultSpeakingTimeSeconds");
    }

    @Test
    void aFixedCountNeedsOneToFiveHundredYesVotesAndNoMoreThanTheVotingMembers() {
        accepted(procedural(fixedCount(1)), sco());
        accepted(procedural(fixedCount(10)), sco());
        accepted(procedural(fixedCount(Seats.MAX_SEATS)), NO_SEATS);
        refused(procedural(fixedCount(0)), sco(), "rules.procedural.requiredYes");
        refused(procedural(fixedCount(Seats.MAX_SEATS + 1)), NO_SEATS, "rules.procedural.requiredYes");
        assertThatThrownBy(() -> ProfileCheck.check(procedural(fixedCount(11)), sco()))
                .hasMessage("is more than the committee's 10 voting members: nothing could pass");
    }

    @Test
    void aVoteRuleNamesItsMajorityAndItsBasis() {
        refused(
                procedural(new VoteRule(null, MajorityBasis.PRESENT, null, false, false, false)),
                sco(),
                "rules.procedural.majority");
        refused(
                procedural(new VoteRule(Majority.SIMPLE, null, null, false, false, false)),
                sco(),
                "rules.procedural.basis");
    }

    @Test
    void eachMotionNamesItsTypeAndItsRuleIsCheckedLikeTheOthers() {
        VoteRule veto = new VoteRule(Majority.SIMPLE, MajorityBasis.PRESENT_AND_VOTING, null, false, true, false);

        refused(motions(new MotionRule(null, RulesPresets.SIMPLE_PROCEDURAL)), sco(), "rules.motions[0].type");
        refused(motions(new MotionRule(MotionType.CLOSE_DEBATE, veto)), sco(), "rules.motions[0].rule.vetoApplies");
        accepted(motions(new MotionRule(MotionType.CLOSE_DEBATE, RulesPresets.SIMPLE_PROCEDURAL)), sco());
    }

    @Test
    void theVetoNeedsAVetoMemberOnlyOnceTheCommitteeHasSeats() {
        VoteRule veto = new VoteRule(Majority.SIMPLE, MajorityBasis.PRESENT_AND_VOTING, null, true, true, false);
        List<Seat> withVeto = new ArrayList<>(sco());
        withVeto.add(new Seat("p5", "France", SeatKind.VETO_MEMBER));

        refused(substantive(veto), sco(), "rules.substantive.vetoApplies");
        accepted(substantive(veto), withVeto);
        accepted(substantive(veto), NO_SEATS);
    }

    private static void accepted(RulesProfile profile, List<Seat> seats) {
        ProfileCheck.check(profile, seats); // throws when refused
    }

    private static void refused(RulesProfile profile, List<Seat> seats, String field) {
        assertThatThrownBy(() -> ProfileCheck.check(profile, seats))
                .as(field)
                .isInstanceOfSatisfying(
                        CommitteeRuleViolation.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static RulesProfile quorum(Quorum quorum) {
        return new ProfileOverrides(quorum, null, null, null, null, null, null).applyTo(UNA);
    }

    private static RulesProfile speakingTime(int seconds) {
        return new ProfileOverrides(null, null, null, null, null, seconds, null).applyTo(UNA);
    }

    private static RulesProfile procedural(VoteRule rule) {
        return new ProfileOverrides(null, null, rule, null, null, null, null).applyTo(UNA);
    }

    private static RulesProfile substantive(VoteRule rule) {
        return new ProfileOverrides(null, null, null, rule, null, null, null).applyTo(UNA);
    }

    private static RulesProfile motions(MotionRule... motions) {
        return new ProfileOverrides(null, null, null, null, null, null, List.of(motions)).applyTo(UNA);
    }

    private static VoteRule fixedCount(int requiredYes) {
        return new VoteRule(Majority.FIXED_COUNT, MajorityBasis.PRESENT_AND_VOTING, requiredYes, false, false, false);
    }

    private static List<Seat> sco() {
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            seats.add(new Seat("m" + i, "Member " + i, SeatKind.MEMBER));
        }
        seats.add(new Seat("o1", "Mongolia", SeatKind.OBSERVER));
        seats.add(new Seat("o2", "Afghanistan", SeatKind.OBSERVER));
        return seats;
    }
}
