package dev.quorum.guide.guide.domain;

/**
 * A person credited by the guide.
 *
 * @param name the name as written
 * @param role the role in canonical spelling, e.g. {@code Secretary-General}, {@code
 *     Under-Secretary-General}
 */
public record Author(String name, String role) {}
