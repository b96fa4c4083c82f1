package dev.quorum.guide.guide.domain;

import java.util.List;

/**
 * How one section differs between two editions.
 *
 * @param sectionId the section's stable id
 * @param title its title in the newer edition (the older one's if removed)
 * @param change what happened to it
 * @param lines a unified diff of its heading and text (empty when unchanged)
 */
public record SectionDiff(String sectionId, String title, Change change, List<String> lines) {

    /** What happened to a section from one edition to the other. */
    public enum Change {
        ADDED,
        REMOVED,
        CHANGED,
        UNCHANGED
    }
}
