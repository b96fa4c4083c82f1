package dev.quorum.committee.committee.domain;

/** What a seat may do: see rules-of-procedure.md, "Attendance". */
public enum SeatKind {
    /** Votes on everything. */
    MEMBER,
    /** A member whose NO defeats a substantive proposal where the rule says the veto applies. */
    VETO_MEMBER,
    /** Votes on procedural matters only. */
    OBSERVER,
    /** No vote at all unless the rules profile lets non-state actors vote. */
    NON_STATE_ACTOR;

    /** Whether the seat counts among the voting members for quorum and substantive votes. */
    public boolean votingMember(boolean nonStateActorsVote) {
        return switch (this) {
            case MEMBER, VETO_MEMBER -> true;
            case OBSERVER -> false;
            case NON_STATE_ACTOR -> nonStateActorsVote;
        };
    }
}
