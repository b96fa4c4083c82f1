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
 * from the source the table of contents and the headings of the recognised parts (whose wording the
 * structure replaces) are left out.
 */
final class WordSequence {

    private static final Pattern MARKER = Pattern.compile(
            "^[-*•]?\\s*(\\[\\d+]|\\d+(\\.\\d+)*[.)]?|[IVXLC]+[.)]|[a-zA-Z][.)])(?=\\s|<|\\[|\\p{L}|$)");
    private static final Pattern LIST_LINE = Pattern.compile("^([-*•]\\s|(\\d+(\\.\\d+)*[.)]?|[a-zA-Z][.)])\\s)");
    private static final Pattern CONTENTS = Pattern.compile("(table of )?contents");
    private static final Pattern PART_HEADING = Pattern.compile("key terms|glossary|definitions of key terms"
            + "|questions? to be addressed|points a resolution should cover|questions a resolution must answer"
            + "|bibliography|references|works cited|sources");

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
            if (!PART_HEADING.matcher(folded).matches()) {
                words.addAll(words(bare));
            }
        }
        return words;
    }

    static List<String> ofGuide(GuideContent guide) {
        List<String> texts = new ArrayList<>();
        texts.add(guide.titlePage());
        guide.letters().forEach(letter -> texts.addAll(List.of(letter.heading(), letter.markdown())));
        guide.keyTerms().forEach(term -> texts.addAll(List.of(term.term(), term.definitionMarkdown())));
        guide.sections().forEach(section -> texts.addAll(List.of(section.title(), section.markdown())));
        guide.questions().forEach(question -> texts.add(question.text()));
        guide.bibliography().forEach(reference -> texts.add(reference.text()));
        List<String> words = new ArrayList<>();
        for (String text : texts) {
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
