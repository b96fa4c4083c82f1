package dev.quorum.voting.rules.domain;

import java.util.List;

/**
 * The counts a closed (or closing) vote is decided on.
 *
 * @param yes yes ballots
 * @param no no ballots
 * @param abstain abstentions
 * @param notVoting eligible seats that cast no ballot (or only passed)
 * @param presentEligible every eligible seat present, voting or not: the basis PRESENT counts against it
 * @param vetoNoSeatIds seat ids of the VETO_MEMBER seats that voted NO (empty when none)
 */
public record Tally(int yes, int no, int abstain, int notVoting, int presentEligible, List<String> vetoNoSeatIds) {

    public Tally {
        requireCount("yes", yes);
        requireCount("no", no);
        requireCount("abstain", abstain);
        requireCount("notVoting", notVoting);
        requireCount("presentEligible", presentEligible);
        if (yes + no + abstain + notVoting > presentEligible) {
            throw new IllegalArgumentException("yes + no + abstain + notVoting (" + (yes + no + abstain + notVoting)
                    + ") exceeds presentEligible (" + presentEligible + ")");
        }
        vetoNoSeatIds = List.copyOf(vetoNoSeatIds);
        if (vetoNoSeatIds.size() > no) {
            throw new IllegalArgumentException("more veto NO seats than NO ballots");
        }
    }

    private static void requireCount(String name, int value) {
        if (value < 0 || value > DecisionRule.MAX_SEATS) {
            throw new IllegalArgumentException(name + " must be 0.." + DecisionRule.MAX_SEATS + ", was " + value);
        }
    }
}
