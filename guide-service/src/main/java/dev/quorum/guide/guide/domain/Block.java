package dev.quorum.guide.guide.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A paragraph of the source: the lines between blank lines, cleaned of artefacts.
 *
 * @param lines the cleaned, non-blank lines
 * @param indents the leading spaces of each raw line (the nesting of a table of contents)
 */
record Block(List<String> lines, List<Integer> indents) {

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s.{0,300}");

    /** Splits a text into blocks in one pass; lines that clean to nothing are dropped. */
    static List<Block> split(String text, SourceFormat format, ImportLog log) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        for (String raw : text.split("\\R", -1)) {
            String line = GuideText.clean(raw, format, log);
            if (line.startsWith("#") && HEADING.matcher(line).matches() && !lines.isEmpty()) {
                // a Markdown heading is its own paragraph even without a blank line around it
                blocks.add(new Block(List.copyOf(lines), List.copyOf(indents)));
                lines.clear();
                indents.clear();
            }
            if (!line.isEmpty()) {
                lines.add(line);
                indents.add(raw.length() - raw.stripLeading().length());
            } else if (raw.isBlank() && !lines.isEmpty()) {
                blocks.add(new Block(List.copyOf(lines), List.copyOf(indents)));
                lines.clear();
                indents.clear();
            }
        }
        if (!lines.isEmpty()) {
            blocks.add(new Block(List.copyOf(lines), List.copyOf(indents)));
        }
        return headingsAlone(blocks);
    }

    /** Splits the text lines that follow a Markdown heading in the same paragraph into their own block. */
    private static List<Block> headingsAlone(List<Block> blocks) {
        List<Block> result = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (block.lines.size() > 1 && HEADING.matcher(block.first()).matches()) {
                result.add(new Block(block.lines.subList(0, 1), block.indents.subList(0, 1)));
                result.add(new Block(
                        block.lines.subList(1, block.lines.size()), block.indents.subList(1, block.indents.size())));
            } else {
                result.add(block);
            }
        }
        return result;
    }

    String text() {
        return String.join("\n", lines);
    }

    boolean singleLine() {
        return lines.size() == 1;
    }

    String first() {
        return lines.get(0);
    }

    /** Running text rather than a label or caption: a sentence, or at least eight words. */
    boolean isProse() {
        String text = text();
        int words = GuideText.words(text).size();
        if (text.equals(text.toUpperCase(java.util.Locale.ROOT))) {
            return false; // running text is never all capitals; a title page's lines often are
        }
        return words >= 8 || words >= 4 && ".!?…\"”)".indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
