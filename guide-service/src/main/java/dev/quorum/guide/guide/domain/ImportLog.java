package dev.quorum.guide.guide.domain;

import java.util.ArrayList;
import java.util.List;

/** Collects the report of one import as the parts of the importer find things. */
final class ImportLog {

    private final List<String> unplaced = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();

    void warn(String kind, String message, String excerpt) {
        warnings.add(new ImportWarning(kind, message, GuideText.shorten(excerpt)));
    }

    void unplaced(String text) {
        unplaced.add(text);
    }

    ImportReport report() {
        return new ImportReport(unplaced, warnings);
    }
}
