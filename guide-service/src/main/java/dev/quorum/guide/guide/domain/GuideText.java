package dev.quorum.guide.guide.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers of the importer: artefact cleaning, folding for comparisons, list markers. */
final class GuideText {

    /**
     * A list or heading number at the start of a line: "1.", "1.2", "1)", "IV.", "a.", "[3]", after an
     * optional bullet. A letter or Roman numeral is a marker only before a space, so that "U.N. Reform"
     * and "V.I. Lenin" keep their first word. Bounded quantifiers keep it linear on any input.
     */
    static final Pattern MARKER =
            Pattern.compile("^[-*•]?\\s{0,8}(\\[\\d{1,4}]|\\d{1,4}(?:\\.\\d{1,4}){1,4}\\.?|\\d{1,4}[.)]"
                    + "|(?:[IVXLC]{1,8}|[a-zA-Z])[.)](?=\\s))(?=\\s|<|\\[|\\p{L})\\s{0,8}");

    private static final Pattern BULLET = Pattern.compile("^[-*•]\\s{1,8}");
    /** A Markdown link whose target is empty or "#"; only these are artefacts to clean. */
    private static final Pattern EMPTY_LINK = Pattern.compile("\\[([^\\[\\]\\n]{0,500})]\\(#?\\)");

    private GuideText() {}

    /** Lower case, diacritics and dotless i folded, for comparing words written differently. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                folded.append(c == 'ı' ? 'i' : c);
            }
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /** The letter-or-digit words of a text, folded. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String folded = fold(text);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * Removes word-processor artefacts from one line: emphasis asterisks (plain text only, where they
     * are never the author's) and links whose target is empty, which keep their text and are reported.
     */
    static String clean(String line, SourceFormat format, ImportLog log) {
        String cleaned = format == SourceFormat.PLAIN_TEXT ? line.replace("*", "") : line;
        if (cleaned.indexOf("](") < 0) {
            return cleaned.strip();
        }
        Matcher link = EMPTY_LINK.matcher(cleaned);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            log.warn("LINK_WITHOUT_TARGET", "A link has no target; its text is kept", link.group(1));
            link.appendReplacement(out, Matcher.quoteReplacement(link.group(1)));
        }
        link.appendTail(out);
        return out.toString().strip();
    }

    /** The line without its list or heading number. */
    static String withoutMarker(String line) {
        Matcher marker = MARKER.matcher(line);
        return marker.find()
                ? line.substring(marker.end())
                : BULLET.matcher(line).replaceFirst("");
    }

    static boolean hasMarker(String line) {
        return MARKER.matcher(line).find() || BULLET.matcher(line).find();
    }

    /** How deep a number nests: "1." and "IV." are 1, "1.2" is 2, a lone letter "a." or "B." is 2. */
    static int markerDepth(String line) {
        Matcher marker = MARKER.matcher(line);
        if (!marker.find()) {
            return 0;
        }
        String number = marker.group(1);
        // a lone letter nests under numbers or Roman numerals, except I, V and X, which are Roman
        if (number.length() == 2 && Character.isLetter(number.charAt(0)) && "IVX".indexOf(number.charAt(0)) < 0) {
            return 2;
        }
        String digits = number.replaceAll("[.)]$", "");
        return digits.isEmpty() ? 1 : digits.split("\\.").length;
    }

    /** A heading's title: no Markdown hashes, number, trailing colon or stray spaces before colons. */
    static String title(String line) {
        String title = withoutMarker(line.replaceFirst("^#{1,6}\\s*", "")).strip();
        title = title.replaceAll("\\s+:", ":").replaceAll(":(?=\\p{L})", ": ");
        while (title.endsWith(":")) {
            title = title.substring(0, title.length() - 1).strip();
        }
        return title;
    }

    static String shorten(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
