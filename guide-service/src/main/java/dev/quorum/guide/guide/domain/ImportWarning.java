package dev.quorum.guide.guide.domain;

/**
 * A quality warning of an import.
 *
 * @param kind one of {@code REPEATED_PARAGRAPH}, {@code LINK_WITHOUT_TARGET}, {@code
 *     CONTENTS_ENTRY_WITHOUT_HEADING}, {@code REFERENCE_WITHOUT_URL_OR_DOI}, ...
 * @param message what is wrong, for the author
 * @param excerpt the text concerned, shortened
 */
public record ImportWarning(String kind, String message, String excerpt) {}
