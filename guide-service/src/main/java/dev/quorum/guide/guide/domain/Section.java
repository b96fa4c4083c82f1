package dev.quorum.guide.guide.domain;

/**
 * Sections in document order; level 1 = top; id = slug unique within the guide (stable across
 * edits).
 *
 * @param id slug of the title, unique within the guide
 * @param title the heading as written, artefacts removed
 * @param level 1 for a top-level section, 2 for a section nested in the previous level-1 one, ...
 * @param markdown the section's own text (without its subsections)
 */
public record Section(String id, String title, int level, String markdown) {}
