package dev.quorum.committee.session.domain;

/**
 * The delegate holding the floor.
 *
 * @param seatId who speaks
 * @param timer their speaking time
 * @param yieldedTo null, or {@code QUESTIONS} when they yielded their time to questions
 * @param receivedYield true when another delegate yielded the floor to them: they may not yield again
 */
public record Speaker(String seatId, Timer timer, YieldTarget yieldedTo, boolean receivedYield) {}
