package dev.quorum.voting.rules.domain;

import java.util.Objects;

/**
 * The rule that decides one vote, copied by committee-service from the committee's rules profile into
 * VoteRequested (ADR 12). Voting-service applies exactly this rule and keeps no profile of its own.
 *
 * @param majority the majority needed
 * @param basis what SIMPLE and TWO_THIRDS are counted against; ignored by FIXED_COUNT and CONSENSUS
 * @param requiredYes the yes votes needed, only with FIXED_COUNT (1..{@value #MAX_SEATS}); ignored otherwise
 * @param abstentionsAllowed whether seats may abstain (never on procedural votes, whatever this says)
 * @param vetoApplies whether a NO from a VETO_MEMBER defeats the proposal
 * @param changeAllowed whether a seat may replace its ballot before the vote closes
 */
public record DecisionRule(
        Majority majority,
        MajorityBasis basis,
        Integer requiredYes,
        boolean abstentionsAllowed,
        boolean vetoApplies,
        boolean changeAllowed) {

    /** Upper bound on seats and counts, as in the event schemas. */
    public static final int MAX_SEATS = 500;

    public DecisionRule {
        Objects.requireNonNull(majority, "majority");
        Objects.requireNonNull(basis, "basis");
        if (majority == Majority.FIXED_COUNT && (requiredYes == null || requiredYes < 1 || requiredYes > MAX_SEATS)) {
            throw new IllegalArgumentException(
                    "requiredYes must be 1.." + MAX_SEATS + " with FIXED_COUNT, was " + requiredYes);
        }
    }
}
