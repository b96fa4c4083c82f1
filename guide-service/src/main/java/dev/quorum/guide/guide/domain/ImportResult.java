package dev.quorum.guide.guide.domain;

/**
 * The outcome of an import: the structured guide and its report.
 *
 * @param guide the structured guide
 * @param report what could not be placed and quality warnings
 */
public record ImportResult(GuideContent guide, ImportReport report) {}
