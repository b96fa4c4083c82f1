package dev.quorum.guide.guide.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the paragraphs of a key-terms part as terms and definitions. */
final class Glossary {

    private static final int MAX_TERM_WORDS = 6;
    /** A term in bold before its separator, as Markdown glossaries (and {@link GuideMarkdown}) write it. */
    private static final Pattern BOLD_TERM = Pattern.compile("^\\*\\*[^*\\n]{1,80}\\*\\*\\s{0,3}(:|[–—-]\\s)");

    private Glossary() {}

    /**
     * A paragraph "Term: definition" (also "Term – definition", "**Term**: definition") opens a term;
     * other paragraphs continue the definition before them, so a definition may span paragraphs.
     * When the first term is in bold, only bold terms open terms: a later paragraph of a definition
     * that happens to start with a few words and a colon stays part of it.
     */
    static void read(List<Block> body, List<KeyTerm> terms, ImportLog log) {
        String term = null;
        List<String> definition = new ArrayList<>();
        boolean boldTerms = false;
        for (Block block : body) {
            String text = block.text();
            int split = term != null && boldTerms && !BOLD_TERM.matcher(text).find() ? -1 : separator(text);
            if (split > 0 && term == null) {
                boldTerms = BOLD_TERM.matcher(text).find();
            }
            if (split > 0) {
                if (term != null) {
                    terms.add(new KeyTerm(term, String.join("\n\n", definition)));
                }
                term = text.substring(0, split).replace("*", "").strip().replaceAll("(\\p{L})- (\\p{Ll})", "$1-$2");
                definition.clear();
                String rest = text.substring(split).replaceFirst("^\\s{0,3}(:|[–—-])", "");
                rest = rest.replaceFirst("^[*\\s]{0,6}", "").strip();
                if (!rest.isEmpty()) {
                    definition.add(rest);
                }
            } else if (term != null) {
                definition.add(text);
            } else {
                log.unplaced(text);
            }
        }
        if (term != null) {
            terms.add(new KeyTerm(term, String.join("\n\n", definition)));
        }
    }

    /** Where the term ends, or -1 when the paragraph does not start with a short term. */
    private static int separator(String text) {
        Matcher bold = BOLD_TERM.matcher(text);
        if (bold.find()) {
            return bold.start(1); // the bold marks say where the term ends, whatever it holds ("U.N.")
        }
        int limit = Math.min(text.length(), 80);
        for (int i = 1; i < limit; i++) {
            char c = text.charAt(i);
            boolean colon = c == ':';
            boolean dash = (c == '–' || c == '—' || c == '-')
                    && text.charAt(i - 1) == ' '
                    && i + 1 < text.length()
                    && text.charAt(i + 1) == ' ';
            if (colon || dash) {
                String term = text.substring(0, i).replace("*", "").strip();
                int words = GuideText.words(term).size();
                boolean shortTerm = words >= 1 && words <= MAX_TERM_WORDS && term.indexOf('\n') < 0;
                return shortTerm && !term.endsWith(".") ? (dash ? i - 1 : i) : -1;
            }
        }
        return -1;
    }
}
