package dev.quorum.committee.committee.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The shipped presets of ../shared/rules-of-procedure.md ("Presets to ship"). A committee starts
 * from one and may override its values; the preset itself never changes at run time.
 */
public final class RulesPresets {
    public static final String UNA_USA = "UNA_USA";
    public static final String THIMUN = "THIMUN";
    public static final String SECURITY_COUNCIL = "SECURITY_COUNCIL";
    public static final String CONSENSUS = "CONSENSUS";

    /** Procedural votes: every present member votes, no abstentions, yes > no. */
    static final VoteRule SIMPLE_PROCEDURAL =
            new VoteRule(Majority.SIMPLE, MajorityBasis.PRESENT_AND_VOTING, null, false, false, false);

    static final VoteRule TWO_THIRDS_PROCEDURAL =
            new VoteRule(Majority.TWO_THIRDS, MajorityBasis.PRESENT_AND_VOTING, null, false, false, false);

    static final VoteRule SIMPLE_SUBSTANTIVE =
            new VoteRule(Majority.SIMPLE, MajorityBasis.PRESENT_AND_VOTING, null, true, false, false);

    /** The Security Council's nine affirmative votes of fifteen. */
    static final int SC_REQUIRED_YES = 9;

    private static final Map<String, RulesProfile> PRESETS = new TreeMap<>(Map.of(
            UNA_USA, parliamentary(UNA_USA, 60),
            THIMUN, parliamentary(THIMUN, 90),
            SECURITY_COUNCIL, securityCouncil(),
            CONSENSUS, consensus()));

    private RulesPresets() {}

    /**
     * The preset of that name.
     *
     * @throws IllegalArgumentException for a name not in {@link #names()}
     */
    public static RulesProfile of(String presetName) {
        RulesProfile profile = PRESETS.get(presetName);
        if (profile == null) {
            throw new IllegalArgumentException("No rules preset " + presetName + "; known: " + names() + ".");
        }
        return profile;
    }

    /** The preset names, sorted. */
    public static Set<String> names() {
        return PRESETS.keySet();
    }

    /** UNA-USA and THIMUN: one third to debate and to vote, simple majorities, cloture by two thirds. */
    private static RulesProfile parliamentary(String name, int speakingTime) {
        Quorum third = new Quorum(1, 3, 1);
        return new RulesProfile(
                name,
                third,
                third,
                SIMPLE_PROCEDURAL,
                SIMPLE_SUBSTANTIVE,
                false,
                speakingTime,
                motions(type -> type == MotionType.CLOSE_DEBATE ? TWO_THIRDS_PROCEDURAL : SIMPLE_PROCEDURAL));
    }

    /** Nine of fifteen present, nine yes on everything, the P5 veto on substantive matters. */
    private static RulesProfile securityCouncil() {
        Quorum nineOfFifteen = new Quorum(9, 15, SC_REQUIRED_YES);
        VoteRule procedural = new VoteRule(
                Majority.FIXED_COUNT, MajorityBasis.PRESENT_AND_VOTING, SC_REQUIRED_YES, false, false, false);
        VoteRule substantive = new VoteRule(
                Majority.FIXED_COUNT, MajorityBasis.PRESENT_AND_VOTING, SC_REQUIRED_YES, true, true, false);
        return new RulesProfile(
                SECURITY_COUNCIL,
                nineOfFifteen,
                nineOfFifteen,
                procedural,
                substantive,
                false,
                120,
                motions(type -> procedural));
    }

    /** Bodies such as the SCO: half present, adopted when no member objects, simple procedural votes. */
    private static RulesProfile consensus() {
        Quorum half = new Quorum(1, 2, 1);
        VoteRule noObjection = new VoteRule(Majority.CONSENSUS, MajorityBasis.PRESENT, null, true, false, false);
        return new RulesProfile(
                CONSENSUS, half, half, SIMPLE_PROCEDURAL, noObjection, false, 90, motions(type -> SIMPLE_PROCEDURAL));
    }

    /** Every motion, in the precedence order of rules-of-procedure.md (the enum's order). */
    private static List<MotionRule> motions(Function<MotionType, VoteRule> rule) {
        return Arrays.stream(MotionType.values())
                .map(type -> new MotionRule(type, rule.apply(type)))
                .toList();
    }
}
