package dev.quorum.guide.guide.domain;

import java.util.List;

/**
 * Writes a structured guide as one Markdown document that the importer reads back unchanged: the
 * title page, then the parts in the author's order ({@link GuideContent#parts()}, ADR 24): one
 * {@code #} heading per letter, the key terms as {@code **Term**: definition}, the sections with as
 * many {@code #} as their level, and the questions and bibliography as numbered lists, each list
 * under its heading as the author worded it.
 */
public final class GuideMarkdown {

    private GuideMarkdown() {}

    /**
     * Writes the guide as Markdown.
     *
     * @param guide the guide
     * @return a Markdown document; importing it as {@link SourceFormat#MARKDOWN} gives an equal guide
     */
    public static String write(GuideContent guide) {
        StringBuilder md = new StringBuilder();
        paragraph(md, guide.titlePage());
        // where each list has got to: a part may come back later in the guide
        int letters = 0;
        int terms = 0;
        int sections = 0;
        int questions = 0;
        int references = 0;
        for (PartRun run : guide.parts()) {
            if (run.part() != Part.LETTER && run.part() != Part.SECTION) {
                heading(md, 1, run.heading() != null ? run.heading() : GuideContent.DEFAULT_HEADINGS.get(run.part()));
            }
            switch (run.part()) {
                case LETTER -> letters = letters(md, guide.letters(), letters, run.count());
                case KEY_TERMS -> terms = keyTerms(md, guide.keyTerms(), terms, run.count());
                case SECTION -> sections = sections(md, guide.sections(), sections, run.count());
                case QUESTIONS -> questions = questions(md, guide.questions(), questions, run.count());
                case BIBLIOGRAPHY -> references = references(md, guide.bibliography(), references, run.count());
            }
        }
        return md.toString().stripTrailing() + "\n";
    }

    private static int letters(StringBuilder md, List<Letter> letters, int from, int count) {
        for (Letter letter : letters.subList(from, from + count)) {
            heading(md, 1, letter.heading());
            paragraph(md, letter.markdown());
        }
        return from + count;
    }

    private static int keyTerms(StringBuilder md, List<KeyTerm> terms, int from, int count) {
        for (KeyTerm term : terms.subList(from, from + count)) {
            paragraph(md, "**" + term.term() + "**: " + term.definitionMarkdown());
        }
        return from + count;
    }

    private static int sections(StringBuilder md, List<Section> sections, int from, int count) {
        for (Section section : sections.subList(from, from + count)) {
            heading(md, section.level(), section.title());
            paragraph(md, section.markdown());
        }
        return from + count;
    }

    private static int questions(StringBuilder md, List<Question> questions, int from, int count) {
        for (Question question : questions.subList(from, from + count)) {
            md.append(question.number()).append(". ").append(question.text()).append('\n');
        }
        md.append('\n');
        return from + count;
    }

    private static int references(StringBuilder md, List<Reference> references, int from, int count) {
        int n = 1;
        for (Reference reference : references.subList(from, from + count)) {
            md.append(n++).append(". ").append(reference.text()).append('\n');
        }
        md.append('\n');
        return from + count;
    }

    private static void heading(StringBuilder md, int level, String title) {
        md.append("#".repeat(Math.max(1, Math.min(level, 6))))
                .append(' ')
                .append(title)
                .append("\n\n");
    }

    private static void paragraph(StringBuilder md, String text) {
        if (!text.isBlank()) {
            md.append(text).append("\n\n");
        }
    }
}
