package dev.quorum.guide.guide.domain;

/**
 * A bibliography entry. text = the whole citation as written (one entry even when it spans lines);
 * url/doi/authors/title null if absent.
 *
 * @param text the whole citation as written, artefacts removed
 * @param url the first URL of the citation, or {@code null}
 * @param doi the DOI (without {@code https://doi.org/}), or {@code null}
 * @param authors the authors as written, or {@code null}
 * @param title the title of the work, or {@code null}
 */
public record Reference(String text, String url, String doi, String authors, String title) {}
