package dev.quorum.committee.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Named cases of the shipped presets (rules-of-procedure.md, "Presets to ship"). */
class RulesPresetsTest {
    /** The precedence of rules-of-procedure.md, "Motions", most disruptive first. */
    private static final List<MotionType> PRECEDENCE = List.of(
            MotionType.ADJOURN_MEETING,
            MotionType.SUSPEND_MEETING,
            MotionType.APPEAL_CHAIR,
            MotionType.UNMODERATED_CAUCUS,
            MotionType.MODERATED_CAUCUS,
            MotionType.CLOSE_DEBATE,
            MotionType.TABLE_DEBATE,
            MotionType.SET_AGENDA,
            MotionType.OPEN_SPEAKERS_LIST,
            MotionType.CLOSE_SPEAKERS_LIST,
            MotionType.SET_SPEAKING_TIME,
            MotionType.DIVIDE_QUESTION,
            MotionType.REORDER_DRAFTS,
            MotionType.ROLL_CALL_VOTE);

    @Test
    void theFourPresetsShip() {
        assertThat(RulesPresets.names()).containsExactly("CONSENSUS", "SECURITY_COUNCIL", "THIMUN", "UNA_USA");
    }

    @ParameterizedTest
    @CsvSource({
        // preset, voting members, present: exactly met, then one short
        "UNA_USA, 12, 4", // even n: exactly one third
        "UNA_USA, 10, 4", // 10/3 rounds up to 4
        "THIMUN, 30, 10",
        "SECURITY_COUNCIL, 15, 9", // 9 of 15
        "SECURITY_COUNCIL, 20, 12", // 9/15 of 20
        "CONSENSUS, 10, 5", // even n: exactly half
        "CONSENSUS, 9, 5"
    })
    void quorumIsMetExactlyAtTheThresholdAndNotOneShort(String preset, int voting, int threshold) {
        Quorum quorum = RulesPresets.of(preset).quorumToVote();

        assertThat(quorum.isMet(threshold, voting)).isTrue();
        assertThat(quorum.isMet(threshold - 1, voting)).isFalse();
    }

    @Test
    void securityCouncilNeedsNineEvenInASmallerCouncil() {
        Quorum quorum = RulesPresets.of(RulesPresets.SECURITY_COUNCIL).quorumToDebate();

        assertThat(quorum.isMet(8, 10)).isFalse();
        assertThat(quorum.isMet(9, 10)).isTrue();
    }

    @Test
    void anEmptyRoomIsNeverAQuorum() {
        for (String preset : RulesPresets.names()) {
            assertThat(RulesPresets.of(preset).quorumToDebate().isMet(0, 0))
                    .as(preset)
                    .isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNA_USA", "THIMUN", "SECURITY_COUNCIL", "CONSENSUS"})
    void motionsFollowTheRulesPrecedence(String preset) {
        RulesProfile profile = RulesPresets.of(preset);

        for (MotionType a : MotionType.values()) {
            for (MotionType b : MotionType.values()) {
                assertThat(profile.precedence(a) < profile.precedence(b))
                        .as("%s before %s", a, b)
                        .isEqualTo(PRECEDENCE.indexOf(a) < PRECEDENCE.indexOf(b));
            }
        }
    }

    @Test
    void parliamentaryPresetsCloseDebateByTwoThirdsAndCaucusBySimpleMajority() {
        for (String preset : List.of(RulesPresets.UNA_USA, RulesPresets.THIMUN)) {
            RulesProfile profile = RulesPresets.of(preset);
            assertThat(profile.motion(MotionType.CLOSE_DEBATE)
                            .orElseThrow()
                            .rule()
                            .majority())
                    .isEqualTo(Majority.TWO_THIRDS);
            assertThat(profile.motion(MotionType.MODERATED_CAUCUS)
                            .orElseThrow()
                            .rule()
                            .majority())
                    .isEqualTo(Majority.SIMPLE);
            assertThat(profile.procedural().abstentionsAllowed()).isFalse();
            assertThat(profile.substantive().basis()).isEqualTo(MajorityBasis.PRESENT_AND_VOTING);
        }
    }

    @Test
    void securityCouncilNeedsNineYesAndTheVetoAppliesOnSubstanceOnly() {
        RulesProfile sc = RulesPresets.of(RulesPresets.SECURITY_COUNCIL);

        assertThat(sc.substantive())
                .extracting(VoteRule::majority, VoteRule::requiredYes, VoteRule::vetoApplies)
                .containsExactly(Majority.FIXED_COUNT, 9, true);
        assertThat(sc.procedural())
                .extracting(VoteRule::majority, VoteRule::requiredYes, VoteRule::vetoApplies)
                .containsExactly(Majority.FIXED_COUNT, 9, false);
        assertThat(sc.motions())
                .allSatisfy(m -> assertThat(m.rule().vetoApplies()).isFalse());
    }

    @Test
    void consensusAdoptsWhenNoMemberObjects() {
        assertThat(RulesPresets.of(RulesPresets.CONSENSUS).substantive().majority())
                .isEqualTo(Majority.CONSENSUS);
    }

    @Test
    void aMotionTheProfileDoesNotAllowHasNoPrecedence() {
        RulesProfile base = RulesPresets.of(RulesPresets.UNA_USA);
        RulesProfile withoutCaucuses = new ProfileOverrides(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        base.motions().stream()
                                .filter(m -> m.type() != MotionType.UNMODERATED_CAUCUS)
                                .toList())
                .applyTo(base);

        assertThat(withoutCaucuses.motion(MotionType.UNMODERATED_CAUCUS)).isEmpty();
        assertThatThrownBy(() -> withoutCaucuses.precedence(MotionType.UNMODERATED_CAUCUS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RulesPresets.of("ROBERTS")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyPresetIsConsistentForACommitteeItSuits() {
        List<Seat> fifteen = new java.util.ArrayList<>();
        for (int i = 0; i < 15; i++) {
            fifteen.add(new Seat("s" + i, "Seat " + i, i < 5 ? SeatKind.VETO_MEMBER : SeatKind.MEMBER));
        }
        for (String preset : RulesPresets.names()) {
            ProfileCheck.check(RulesPresets.of(preset), fifteen);
        }
    }
}
