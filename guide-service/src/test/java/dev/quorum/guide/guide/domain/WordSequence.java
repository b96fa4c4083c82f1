package dev.quorum.guide.guide.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalised word sequence of a source text and of a structured guide, written apart from the
 * importer so that the lossless test does not check the importer against itself: words are folded
 * (case, diacritics), list and heading numbers at the start of a line are dropped on both sides, and
 * from the source the table of contents is left out. The headings of key terms, questions and
 * bibliography count too: the structure keeps their wording (ADR 24).
 */
final class WordSequence {

    private static final Pattern MARKER = Pattern.compile(
            "^[-*•]?\\s*(\\[\\d+]|(\\d+(\\.\\d+)+\\.?|\\d+[.)])(?=\\s|<|\\[|\\p{L}|$)|([IVXLC]+|[a-zA-Z])[.)](?=\\s|$))");
    private static final Pattern LIST_LINE = Pattern.compile("^([-*•]\\s|(\\d+(\\.\\d+)*[.)]?|[a-zA-Z][.)])\\s)");
    private static final Pattern CONTENTS = Pattern.compile("(table of )?contents");

    /** Marks the text of a list item, which is compared as it is. */
    private static final String ITEM = "\u0000";

    private WordSequence() {}

    static List<String> ofSource(String text) {
        List<String> words = new ArrayList<>();
        boolean inContents = false;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            String bare = withoutMarker(line.replaceFirst("^#+\\s+", "").replace("*", ""));
            String folded = String.join(" ", words(bare));
            if (CONTENTS.matcher(folded).matches()) {
                inContents = true;
                continue;
            }
            if (inContents && (line.isEmpty() || LIST_LINE.matcher(line).find())) {
                continue;
            }
            inContents = false;
            words.addAll(words(bare));
        }
        return words;
    }

    /** The guide's words in the order of its parts, each list part under its heading. */
    static List<String> ofGuide(GuideContent guide) {
        List<String> texts = new ArrayList<>();
        texts.add(guide.titlePage());
        int[] next = new int[Part.values().length];
        for (PartRun run : guide.parts()) {
            if (run.heading() != null) {
                texts.add(run.heading());
            }
            int from = next[run.part().ordinal()];
            next[run.part().ordinal()] += run.count();
            for (int i = from; i < from + run.count(); i++) {
                switch (run.part()) {
                    case LETTER ->
                        texts.addAll(List.of(
                                guide.letters().get(i).heading(),
                                guide.letters().get(i).markdown()));
                    case KEY_TERMS ->
                        texts.addAll(List.of(
                                guide.keyTerms().get(i).term(),
                                guide.keyTerms().get(i).definitionMarkdown()));
                    case SECTION ->
                        texts.addAll(List.of(
                                guide.sections().get(i).title(),
                                guide.sections().get(i).markdown()));
                    // an item's own number is gone already: "1991 saw ..." keeps its year
                    case QUESTIONS -> texts.add(ITEM + guide.questions().get(i).text());
                    case BIBLIOGRAPHY ->
                        texts.add(ITEM + guide.bibliography().get(i).text());
                }
            }
        }
        List<String> words = new ArrayList<>();
        for (String text : texts) {
            if (text.startsWith(ITEM)) {
                words.addAll(words(text));
                continue;
            }
            for (String line : text.split("\\R")) {
                words.addAll(words(withoutMarker(line.strip())));
            }
        }
        return words;
    }

    private static String withoutMarker(String line) {
        return MARKER.matcher(line).replaceFirst("");
    }

    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replace('ı', 'i')
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
