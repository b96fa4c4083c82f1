package dev.quorum.committee.committee.domain;

/**
 * Fraction of voting members that must be present, with a minimum head count (SC: 9 of 15).
 *
 * <p>Compared in integer arithmetic so that "exactly one third" is never lost to rounding.
 */
public record Quorum(int numerator, int denominator, int minimumCount) {

    /** Whether {@code presentVotingMembers} of {@code votingMembers} make the quorum. */
    public boolean isMet(int presentVotingMembers, int votingMembers) {
        return presentVotingMembers >= minimumCount
                && (long) presentVotingMembers * denominator >= (long) numerator * votingMembers;
    }
}
