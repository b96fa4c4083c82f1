package dev.quorum.guide.guide.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Section-by-section differences between two editions, matched by section id (ids are stable
 * across edits), with java-diff-utils' line diff inside each changed section.
 */
public final class EditionDiff {
    private static final int CONTEXT_LINES = 2;

    private EditionDiff() {}

    /** Sections of {@code to} in its order, then the sections only {@code from} has. */
    public static List<SectionDiff> between(Edition from, Edition to) {
        Map<String, Section> before = new LinkedHashMap<>();
        from.content().sections().forEach(s -> before.put(s.id(), s));
        List<SectionDiff> diffs = new ArrayList<>();
        for (Section after : to.content().sections()) {
            Section old = before.remove(after.id());
            if (old == null) {
                diffs.add(new SectionDiff(after.id(), after.title(), SectionDiff.Change.ADDED, diff(null, after)));
            } else if (old.equals(after)) {
                diffs.add(new SectionDiff(after.id(), after.title(), SectionDiff.Change.UNCHANGED, List.of()));
            } else {
                diffs.add(new SectionDiff(after.id(), after.title(), SectionDiff.Change.CHANGED, diff(old, after)));
            }
        }
        before.values()
                .forEach(old ->
                        diffs.add(new SectionDiff(old.id(), old.title(), SectionDiff.Change.REMOVED, diff(old, null))));
        return diffs;
    }

    private static List<String> diff(Section old, Section now) {
        List<String> a = lines(old);
        List<String> b = lines(now);
        String name = (now != null ? now : old).id();
        return UnifiedDiffUtils.generateUnifiedDiff(name, name, a, DiffUtils.diff(a, b), CONTEXT_LINES);
    }

    private static List<String> lines(Section s) {
        if (s == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("#".repeat(Math.max(1, s.level())) + " " + s.title());
        lines.addAll(s.markdown().lines().toList());
        return lines;
    }
}
