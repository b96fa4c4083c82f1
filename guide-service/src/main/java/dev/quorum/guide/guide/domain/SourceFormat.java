package dev.quorum.guide.guide.domain;

/** The format of an imported text: as pasted from a word processor, or Markdown. */
public enum SourceFormat {
    PLAIN_TEXT,
    MARKDOWN
}
