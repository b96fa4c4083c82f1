package dev.quorum.voting.rules.domain;

import java.util.List;

/**
 * The result of applying a {@link DecisionRule} to a {@link Tally}; becomes VoteClosed's outcome and threshold.
 *
 * @param outcome adopted, rejected or vetoed
 * @param requiredYes the yes votes that were needed given these counts (CONSENSUS: 0, with no objection)
 * @param explanation names the rule and the numbers, e.g. "two-thirds of present and voting: 7 yes >= 2 x 3 no"
 * @param vetoedBy the veto members that voted no; empty unless the outcome is VETOED
 */
public record Decision(Outcome outcome, int requiredYes, String explanation, List<String> vetoedBy) {

    public Decision {
        vetoedBy = List.copyOf(vetoedBy);
    }
}
