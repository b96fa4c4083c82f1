package dev.quorum.guide.guide.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the table of contents and the headings of a guide (ADR 20). Markdown headings are always
 * headings. In plain text a heading is a short one-line paragraph that is not a sentence, and either
 * opens a known part ("Key Terms", "Bibliography", ...), matches a contents entry, or has a heading's
 * shape (numbered, ALL CAPS or ending in a colon) and is followed by running text, which tells it from
 * a caption or a label.
 *
 * @param contentsStart first block of the table of contents, -1 without one
 * @param contentsEnd block after the table of contents
 * @param headings the headings in document order
 */
record Outline(int contentsStart, int contentsEnd, List<Heading> headings) {

    private static final Pattern CONTENTS = Pattern.compile("(table of )?contents|icindekiler|index|outline");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s.*");
    private static final int MAX_CONTENTS_ENTRIES = 200;

    static Outline of(List<Block> blocks, SourceFormat format, ImportLog log) {
        int start = contentsStart(blocks);
        List<Contents.Entry> entries = new ArrayList<>();
        int end = start;
        if (start >= 0) {
            end = Contents.read(blocks, start, entries, MAX_CONTENTS_ENTRIES);
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = Math.max(end, 0); i < blocks.size(); i++) {
            if (isMarkdownHeading(blocks.get(i))
                    || format == SourceFormat.PLAIN_TEXT && hasHeadingShape(blocks.get(i))) {
                candidates.add(i);
            }
        }
        int[] levels = Contents.match(entries, blocks, candidates, log);
        List<Heading> headings = new ArrayList<>();
        int structuredLevel = 0;
        Part current = null;
        for (int c = 0; c < candidates.size(); c++) {
            int i = candidates.get(c);
            Block block = blocks.get(i);
            String title = GuideText.title(block.first());
            Part part = Part.of(title);
            int level;
            if (isMarkdownHeading(block)) {
                level = block.first().indexOf(' ');
            } else if (levels[c] > 0) {
                level = levels[c];
            } else if (part != Part.SECTION
                    || isStrongShape(block) && !isListPart(current) && followedByProse(blocks, i)) {
                level = GuideText.markerDepth(block.first());
            } else if (isWeakShape(block) && followedByProse(blocks, i)) {
                level = 0;
            } else {
                continue;
            }
            if (part == Part.SECTION) {
                // an unnumbered heading under a numbered or listed one is its subsection
                level = level > 0 ? level : structuredLevel + 1;
                if (isMarkdownHeading(block) || levels[c] > 0 || GuideText.markerDepth(block.first()) > 0) {
                    structuredLevel = level;
                }
            }
            headings.add(new Heading(i, title, Math.max(level, 1), part));
            current = part;
        }
        return new Outline(start, end, headings);
    }

    private static int contentsStart(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.first().length() > 60) {
                continue;
            }
            String title = String.join(" ", GuideText.words(GuideText.title(block.first())));
            if (CONTENTS.matcher(title).matches() && (block.lines().size() > 1 || i + 1 < blocks.size())) {
                return i;
            }
        }
        return -1;
    }

    static boolean isMarkdownHeading(Block block) {
        return block.singleLine() && MARKDOWN_HEADING.matcher(block.first()).matches();
    }

    /** Short, one line, not a sentence: could be a heading. */
    private static boolean hasHeadingShape(Block block) {
        if (!block.singleLine()) {
            return false;
        }
        String line = block.first();
        int words = GuideText.words(line).size();
        char first = line.charAt(0);
        char last = line.charAt(line.length() - 1);
        return line.length() <= 120
                && !line.contains("://")
                && words >= 1
                && words <= 14
                && (Character.isUpperCase(first) || Character.isDigit(first) || first == '-' || first == '•')
                && ".,;!?\"”".indexOf(last) < 0;
    }

    /** In a list of questions or references, a numbered line is an item, not a heading. */
    private static boolean isListPart(Part part) {
        return part == Part.QUESTIONS || part == Part.BIBLIOGRAPHY;
    }

    private static boolean isStrongShape(Block block) {
        return GuideText.markerDepth(block.first()) > 0;
    }

    private static boolean isWeakShape(Block block) {
        String line = block.first();
        return line.endsWith(":")
                || line.equals(line.toUpperCase(java.util.Locale.ROOT)) && line.matches(".*\\p{L}.*\\p{L}.*");
    }

    private static boolean followedByProse(List<Block> blocks, int i) {
        return i + 1 < blocks.size() && blocks.get(i + 1).isProse();
    }
}
