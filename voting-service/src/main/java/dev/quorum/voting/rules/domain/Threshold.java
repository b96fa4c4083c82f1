package dev.quorum.voting.rules.domain;

/**
 * Whether a tally meets a rule's majority, the yes votes it needed and the sentence that says why. The veto
 * is applied on top by {@link DecisionRules#decide}.
 */
record Threshold(boolean met, int requiredYes, String explanation) {

    static Threshold of(DecisionRule rule, Tally t) {
        int yes = t.yes();
        int no = t.no();
        int present = t.presentEligible();
        boolean presentBasis = rule.basis() == MajorityBasis.PRESENT;
        return switch (rule.majority()) {
            case SIMPLE ->
                presentBasis
                        ? majority(
                                "simple majority of present",
                                2 * yes > present,
                                present / 2 + 1,
                                "2 x " + yes + " yes > " + present + " present",
                                yes)
                        : majority(
                                "simple majority of present and voting",
                                yes > no,
                                no + 1,
                                yes + " yes > " + no + " no",
                                yes);
            case TWO_THIRDS ->
                presentBasis
                        ? majority(
                                "two-thirds of present",
                                3 * yes >= 2 * present,
                                Math.max(1, (2 * present + 2) / 3),
                                "3 x " + yes + " yes >= 2 x " + present + " present",
                                yes)
                        : majority(
                                "two-thirds of present and voting",
                                yes >= 2 * no,
                                Math.max(1, 2 * no),
                                yes + " yes >= 2 x " + no + " no",
                                yes);
            case FIXED_COUNT ->
                majority(
                        "fixed count",
                        yes >= rule.requiredYes(),
                        rule.requiredYes(),
                        yes + " yes >= " + rule.requiredYes() + " required",
                        yes);
            case CONSENSUS ->
                new Threshold(
                        no == 0,
                        0,
                        "consensus: " + yes + " yes, " + no + " no" + (no == 0 ? " (no objection)" : " (objection)"));
        };
    }

    /** Every majority but consensus also needs at least one yes vote (ADR 12). */
    private static Threshold majority(String rule, boolean comparison, int requiredYes, String numbers, int yes) {
        if (yes == 0) {
            return new Threshold(false, requiredYes, rule + ": no yes vote (" + numbers + " not met)");
        }
        return new Threshold(comparison, requiredYes, rule + ": " + numbers + (comparison ? "" : " not met"));
    }
}
