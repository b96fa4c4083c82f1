package dev.quorum.guide.guide.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a table of contents and matches its entries to headings whose wording may differ. */
final class Contents {

    /** A contents entry with its nesting, 1 for top. */
    record Entry(String title, int level) {}

    private static final Set<String> STOP_WORDS =
            Set.of("the", "of", "a", "an", "and", "to", "in", "on", "for", "from", "with", "its", "this");
    private static final double SAME_HEADING = 0.6;
    private static final int MAX_ENTRY_LENGTH = 200;

    private Contents() {}

    /**
     * Collects the entries that follow the contents heading at {@code start}: the heading's own further
     * lines, then every following paragraph made only of list lines.
     *
     * @return the index of the first block after the table of contents
     */
    static int read(List<Block> blocks, int start, List<Entry> entries, int max) {
        addEntries(blocks.get(start), 1, entries, max);
        int i = start + 1;
        while (i < blocks.size() && blocks.get(i).lines().stream().allMatch(Contents::isEntry)) {
            addEntries(blocks.get(i), 0, entries, max);
            i++;
        }
        return i;
    }

    /** A list line short enough to be a contents entry; a longer one is text, and ends the contents. */
    private static boolean isEntry(String line) {
        return line.length() <= MAX_ENTRY_LENGTH && GuideText.hasMarker(line);
    }

    private static void addEntries(Block block, int from, List<Entry> entries, int max) {
        int base = block.indents().stream().mapToInt(Integer::intValue).min().orElse(0);
        for (int l = from; l < block.lines().size() && entries.size() < max; l++) {
            String line = block.lines().get(l);
            if (line.length() > MAX_ENTRY_LENGTH) {
                continue;
            }
            int depth = Math.max(GuideText.markerDepth(line), 1);
            int level = block.indents().get(l) > base ? Math.max(depth, 2) : depth;
            entries.add(new Entry(GuideText.title(line), level));
        }
    }

    /**
     * Matches each entry to the most similar heading candidate not yet taken; an entry without one is
     * reported.
     *
     * @return for each candidate the level of the entry it matched, 0 when none did
     */
    static int[] match(List<Entry> entries, List<Block> blocks, List<Integer> candidates, ImportLog log) {
        int[] levels = new int[candidates.size()];
        Set<String>[] keys = keys(blocks, candidates);
        for (Entry entry : entries) {
            Set<String> key = key(entry.title());
            int best = -1;
            double bestScore = SAME_HEADING;
            for (int c = 0; c < candidates.size(); c++) {
                if (levels[c] == 0) {
                    double score = similarity(key, keys[c]);
                    if (score >= bestScore && (best < 0 || score > bestScore)) {
                        best = c;
                        bestScore = score;
                    }
                }
            }
            if (best >= 0) {
                levels[best] = entry.level();
            } else {
                log.warn("CONTENTS_ENTRY_WITHOUT_HEADING", "No heading matches this contents entry", entry.title());
            }
        }
        return levels;
    }

    @SuppressWarnings("unchecked")
    private static Set<String>[] keys(List<Block> blocks, List<Integer> candidates) {
        Set<String>[] keys = new Set[candidates.size()];
        for (int c = 0; c < candidates.size(); c++) {
            keys[c] = key(GuideText.title(blocks.get(candidates.get(c)).first()));
        }
        return keys;
    }

    /** The words that identify a heading: folded, without stop words, plural "s" dropped. */
    private static Set<String> key(String title) {
        Set<String> key = new HashSet<>();
        for (String word : GuideText.words(title)) {
            if (!STOP_WORDS.contains(word)) {
                key.add(word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
            }
        }
        return key;
    }

    private static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String word : a) {
            if (b.contains(word)) {
                shared++;
            }
        }
        return (double) shared / Math.max(a.size(), b.size());
    }
}
