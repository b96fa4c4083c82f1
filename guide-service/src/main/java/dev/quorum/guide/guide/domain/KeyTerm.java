package dev.quorum.guide.guide.domain;

/**
 * A glossary entry.
 *
 * @param term the term as written
 * @param definitionMarkdown its definition; paragraphs separated by a blank line
 */
public record KeyTerm(String term, String definitionMarkdown) {}
