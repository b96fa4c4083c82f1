package dev.quorum.voting.vote.domain;

import dev.quorum.voting.rules.domain.Choice;

/**
 * The ballot of one seat as counted in its vote.
 *
 * @param revision 1 for the seat's first ballot, one more for each replacement (a pass answered
 *     later, or a change where the rule allows it); counts apply each revision exactly once
 * @param withRights a yes or no "with rights": the delegation explains its vote afterwards
 * @param passed this or an earlier revision was a pass (a seat passes once only)
 */
public record SeatBallot(Choice choice, boolean withRights, int revision, boolean passed) {
    /** The same answer again: a client's retry, not a new ballot. */
    public boolean sameAs(Choice otherChoice, boolean otherWithRights) {
        return choice == otherChoice && withRights == otherWithRights;
    }
}
