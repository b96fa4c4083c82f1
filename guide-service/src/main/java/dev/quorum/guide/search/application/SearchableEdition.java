package dev.quorum.guide.search.application;

/**
 * What the search index keeps of a guide's newest published edition: its text in reading order.
 *
 * @param body every section, key term, question and reference as plain Markdown text
 */
public record SearchableEdition(
        String guideId, String conferenceId, String committeeId, int edition, String title, String body) {}
