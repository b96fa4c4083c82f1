package dev.quorum.guide.guide.domain;

/**
 * A question the committee's resolution should address.
 *
 * @param number its number in the list, from 1
 * @param text the question as written
 */
public record Question(int number, String text) {}
