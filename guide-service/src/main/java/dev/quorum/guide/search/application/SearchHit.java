package dev.quorum.guide.search.application;

import java.util.List;

/**
 * One guide that matched, best first.
 *
 * @param snippets passages of the guide's text with the matched words inside {@code <mark>}; the
 *     rest of the text is HTML-escaped, so a client may insert them as HTML
 */
public record SearchHit(
        String guideId, String committeeId, int edition, String title, float score, List<String> snippets) {}
