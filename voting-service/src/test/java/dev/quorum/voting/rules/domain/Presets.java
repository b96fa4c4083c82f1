package dev.quorum.voting.rules.domain;

import java.util.List;

/**
 * The rules the presets of rules-of-procedure.md send with their votes (UNA_USA, THIMUN, SECURITY_COUNCIL,
 * CONSENSUS), the two-thirds motions, and the profile switch that counts majorities against all present.
 */
final class Presets {

    private Presets() {}

    record PresetRule(String name, VoteKind kind, DecisionRule rule) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<PresetRule> ALL = List.of(
            procedural("UNA_USA motion", simple(false)),
            substantive("UNA_USA resolution", simple(true)),
            procedural("UNA_USA close debate", rule(Majority.TWO_THIRDS, MajorityBasis.PRESENT_AND_VOTING, false)),
            procedural("THIMUN motion", simple(false)),
            substantive("THIMUN resolution", simple(true)),
            substantive("THIMUN amendment", simple(false)),
            procedural("SECURITY_COUNCIL procedural", securityCouncil(false)),
            substantive("SECURITY_COUNCIL substantive", securityCouncil(true)),
            procedural("CONSENSUS motion", simple(false)),
            substantive(
                    "CONSENSUS resolution",
                    new DecisionRule(Majority.CONSENSUS, MajorityBasis.PRESENT_AND_VOTING, null, true, false, true)),
            substantive("simple of present", rule(Majority.SIMPLE, MajorityBasis.PRESENT, true)),
            procedural("two-thirds of present", rule(Majority.TWO_THIRDS, MajorityBasis.PRESENT, false)));

    private static PresetRule procedural(String name, DecisionRule rule) {
        return new PresetRule(name, VoteKind.PROCEDURAL, rule);
    }

    private static PresetRule substantive(String name, DecisionRule rule) {
        return new PresetRule(name, VoteKind.SUBSTANTIVE, rule);
    }

    static DecisionRule simple(boolean abstentionsAllowed) {
        return rule(Majority.SIMPLE, MajorityBasis.PRESENT_AND_VOTING, abstentionsAllowed);
    }

    static DecisionRule rule(Majority majority, MajorityBasis basis, boolean abstentionsAllowed) {
        return new DecisionRule(majority, basis, null, abstentionsAllowed, false, false);
    }

    /** 9 yes of 15; the veto and abstentions only on substantive matters. */
    static DecisionRule securityCouncil(boolean substantive) {
        return new DecisionRule(
                Majority.FIXED_COUNT, MajorityBasis.PRESENT_AND_VOTING, 9, substantive, substantive, false);
    }
}
