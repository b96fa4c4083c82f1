package dev.quorum.guide.guide.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random study guides for the round-trip property (ADR 24): parts in random order (a glossary may
 * follow the body, a list part may come twice or hold nothing), nested sections, key terms with
 * definitions over several paragraphs, numbered questions, references with a URL, a DOI or neither,
 * and Turkish, Kazakh, Russian, Greek and accented Latin words with the punctuation running text
 * has (commas, colons, dashes, parentheses, apostrophes, emphasis, links, bullet lists).
 *
 * <p>A guide is drawn from a seed and a number of parts, so that QuickTheories shrinks a failure
 * to a guide with fewer parts. What the importer derives (section ids, names read from the title
 * page, authors and titles of citations) is left empty: the property compares what the author wrote.
 */
final class GeneratedGuides {

    private static final String[] WORDS = {
        "committee",
        "protest",
        "reform",
        "Yiğit",
        "Қазақ",
        "Казахская",
        "Almaty",
        "Tokayev",
        "ışık",
        "şehir",
        "öğrenci",
        "Güneş",
        "naïve",
        "café",
        "Straße",
        "Ελλάδα",
        "2022",
        "1991",
        "ÇAĞ",
        "oligarchy",
        "propaganda",
        "mutiny",
        "sanctions",
        "treaty",
        "security",
        "members",
        "élite",
        "соглашение",
        "Қазақстан",
        "ұлттық",
        "мемлекет",
        "CSTO",
        "U.N.",
        "state-owned",
        "O'Neil",
        "the",
        "of",
        "and",
        "a",
        "in",
        "to",
        "İstanbul",
        "Ülke",
        "Ёлка",
        "self-determination",
        "3.5%",
        "fuel",
        "prices",
        "Nur-Sultan",
        "delegates",
        "energy"
    };
    private static final String[] ROLES = {"Secretary-General", "Under-Secretary-General", "Academic Assistant"};
    private static final String[] LIST_HEADINGS_TERMS = {"Key Terms", "Glossary", "Definitions of Key Terms"};
    private static final String[] LIST_HEADINGS_QUESTIONS = {
        "Questions to be Addressed", "Points a Resolution Should Cover", "Questions a Resolution Must Answer"
    };
    private static final String[] LIST_HEADINGS_REFERENCES = {"Bibliography", "References", "Works Cited"};

    private final Random random;
    private final List<Letter> letters = new ArrayList<>();
    private final List<KeyTerm> keyTerms = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<PartRun> parts = new ArrayList<>();

    private GeneratedGuides(long seed) {
        this.random = new Random(seed);
    }

    /** A guide of {@code partCount} parts (a run of letters or sections counts as one) from a seed. */
    static GuideContent guide(long seed, int partCount) {
        return new GeneratedGuides(seed).build(partCount);
    }

    private GuideContent build(int partCount) {
        String titlePage = random.nextInt(4) == 0 ? "" : paragraphs(1 + random.nextInt(2));
        for (int p = 0; p < partCount; p++) {
            Part part = Part.values()[random.nextInt(Part.values().length)];
            switch (part) {
                case LETTER -> run(part, null, letters(1 + random.nextInt(2)));
                case SECTION -> run(part, null, sections(1 + random.nextInt(4)));
                case KEY_TERMS -> run(part, pick(LIST_HEADINGS_TERMS), keyTerms(count()));
                case QUESTIONS -> run(part, pick(LIST_HEADINGS_QUESTIONS), questions(count()));
                case BIBLIOGRAPHY -> run(part, pick(LIST_HEADINGS_REFERENCES), references(count()));
            }
        }
        return new GuideContent(
                null, null, null, List.of(), letters, keyTerms, sections, questions, references, titlePage, parts);
    }

    private void run(Part part, String heading, int count) {
        PartRun last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        if (heading == null && last != null && last.part() == part) {
            parts.set(parts.size() - 1, last.plus(count));
        } else {
            parts.add(new PartRun(part, heading, count));
        }
    }

    /** Items under a list heading: now and then none at all. */
    private int count() {
        return random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(5);
    }

    private int letters(int n) {
        for (int i = 0; i < n; i++) {
            String signature = words(2, true) + "\n" + pick(ROLES);
            letters.add(new Letter(
                    "Letter from the " + pick(ROLES), paragraphs(1 + random.nextInt(3)) + "\n\n" + signature));
        }
        return n;
    }

    private int keyTerms(int n) {
        for (int i = 0; i < n; i++) {
            keyTerms.add(new KeyTerm(words(1 + random.nextInt(3), true), paragraphs(1 + random.nextInt(3))));
        }
        return n;
    }

    private int sections(int n) {
        for (int i = 0; i < n; i++) {
            int previous =
                    sections.isEmpty() ? 0 : sections.get(sections.size() - 1).level();
            int level = 1 + random.nextInt(Math.min(previous + 1, 4));
            String body = random.nextInt(6) == 0 ? "" : paragraphs(1 + random.nextInt(3));
            if (random.nextInt(4) == 0) {
                body = (body.isEmpty() ? "" : body + "\n\n") + "- " + sentence() + "\n- " + sentence();
            }
            sections.add(new Section("", title(), level, body));
        }
        return n;
    }

    private int questions(int n) {
        for (int i = 0; i < n; i++) {
            String text = sentence();
            questions.add(new Question(questions.size() + 1, text.substring(0, text.length() - 1) + "?"));
        }
        return n;
    }

    private int references(int n) {
        for (int i = 0; i < n; i++) {
            String authors = words(1, true) + ", " + (char) ('A' + random.nextInt(26)) + ".";
            String title = words(2 + random.nextInt(5), true);
            int year = 1950 + random.nextInt(75);
            references.add(
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            String url = "https://example.org/" + random.nextInt(100_000) + "/page";
                            yield new Reference(
                                    authors + " (" + year + "). " + title + ". " + url, url, null, null, null);
                        }
                        case 1 -> {
                            String doi = "10." + (1000 + random.nextInt(9000)) + "/" + random.nextInt(1_000_000);
                            yield new Reference(
                                    authors + " \"" + title + ".\" Journal, " + year + ". DOI " + doi,
                                    null,
                                    doi,
                                    null,
                                    null);
                        }
                        default ->
                            new Reference(authors + " " + title + ". Publisher, " + year + ".", null, null, null, null);
                    });
        }
        return n;
    }

    /** A section title: words, now and then with a colon or a year, never the wording of a part. */
    private String title() {
        String title = words(1 + random.nextInt(5), true);
        if (random.nextInt(5) == 0) {
            title = title + ": " + words(1 + random.nextInt(3), false);
        }
        return Part.of(title) == Part.SECTION ? title : title + " " + pick(WORDS);
    }

    private String paragraphs(int n) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder paragraph = new StringBuilder(sentence());
            for (int s = random.nextInt(3); s > 0; s--) {
                paragraph.append(random.nextInt(4) == 0 ? "\n" : " ").append(sentence());
            }
            paragraphs.add(paragraph.toString());
        }
        return String.join("\n\n", paragraphs);
    }

    /** A sentence of 3 to 16 words with the punctuation of running text. */
    private String sentence() {
        StringBuilder sentence = new StringBuilder(words(1, true));
        int length = 2 + random.nextInt(14);
        for (int w = 0; w < length; w++) {
            String word = pick(WORDS);
            switch (random.nextInt(20)) {
                case 0 -> sentence.append(", ").append(word);
                case 1 -> sentence.append(": ").append(word);
                case 2 -> sentence.append(" – ").append(word);
                case 3 -> sentence.append(" (").append(word).append(")");
                case 4 -> sentence.append(" *").append(word).append("*");
                case 5 ->
                    sentence.append(" [")
                            .append(word)
                            .append("](https://example.org/")
                            .append(w)
                            .append(")");
                default -> sentence.append(' ').append(word);
            }
        }
        return sentence.append('.').toString();
    }

    private String words(int n, boolean capitalised) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String word = pick(WORDS);
            if (i == 0 && capitalised) {
                word = word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1);
            }
            words.append(i == 0 ? "" : " ").append(word);
        }
        return words.toString();
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }
}
