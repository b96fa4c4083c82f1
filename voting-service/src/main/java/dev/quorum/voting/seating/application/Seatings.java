package dev.quorum.voting.seating.application;

/**
 * voting-service's own copy of who sits on which seat, from registration's DelegateSeated and
 * DelegateUnseated: a delegate's token names its seat, but it may be up to an hour old.
 */
public interface Seatings {
    /** Records that the delegate sits on the seat, unless a newer event of the seat was applied. */
    boolean seated(String seatId, String committeeId, String delegateId, String position);

    /** Records that the delegate left the seat, unless a newer event of the seat was applied. */
    boolean unseated(String seatId, String committeeId, String delegateId, String position);

    boolean sits(String seatId, String delegateId);
}
