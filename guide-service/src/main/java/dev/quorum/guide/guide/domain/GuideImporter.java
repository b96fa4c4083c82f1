package dev.quorum.guide.guide.domain;

/** Turns the text of a study guide into structured content. Stateless and thread-safe. */
public final class GuideImporter {

    /**
     * Imports a guide.
     *
     * @param text the whole guide; the caller bounds its size
     * @param format how the text is written
     * @return the structured guide and the import report
     */
    public ImportResult importText(String text, SourceFormat format) {
        throw new UnsupportedOperationException("the importer arrives with issue 11");
    }
}
