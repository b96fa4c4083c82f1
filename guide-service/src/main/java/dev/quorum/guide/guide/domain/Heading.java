package dev.quorum.guide.guide.domain;

/**
 * A block recognised as a heading.
 *
 * @param block index of the block in the source
 * @param title the cleaned title
 * @param level nesting of a section, 1 for top
 * @param part what the heading opens
 */
record Heading(int block, String title, int level, Part part) {}
