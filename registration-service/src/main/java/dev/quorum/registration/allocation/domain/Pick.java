package dev.quorum.registration.allocation.domain;

/**
 * One step of an allocation: a school took a seat. The picks of an {@link Allocation} are in the
 * order they were made, which lets the Secretariat explain every seat.
 *
 * @param round the 1-based round in which the pick was made
 * @param schoolId the school that picked
 * @param seatId the seat it took
 * @param choiceRank the school's {@link SchoolDemand#preferenceRank preference rank} of the seat:
 *     the 1-based position of the choice it satisfied, or {@link SchoolDemand#UNRANKED} when the
 *     seat was assigned because none of the school's choices had a seat left for it
 */
public record Pick(int round, String schoolId, String seatId, int choiceRank) {}
