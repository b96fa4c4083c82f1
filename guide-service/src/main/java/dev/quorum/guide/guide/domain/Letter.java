package dev.quorum.guide.guide.domain;

/**
 * A welcoming letter.
 *
 * @param heading e.g. {@code Letter from the Secretary-General}
 * @param markdown the letter's text, signature included
 */
public record Letter(String heading, String markdown) {}
