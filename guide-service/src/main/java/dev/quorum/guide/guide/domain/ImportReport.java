package dev.quorum.guide.guide.domain;

import java.util.List;

/**
 * What an import could not place and what it found doubtful.
 *
 * @param unplaced paragraphs the importer could not place in the structure
 * @param warnings quality warnings, in document order
 */
public record ImportReport(List<String> unplaced, List<ImportWarning> warnings) {

    public ImportReport {
        unplaced = List.copyOf(unplaced);
        warnings = List.copyOf(warnings);
    }
}
