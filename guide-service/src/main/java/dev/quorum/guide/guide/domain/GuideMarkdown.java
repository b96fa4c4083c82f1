package dev.quorum.guide.guide.domain;

/**
 * Writes a structured guide as one Markdown document that the importer reads back unchanged: the
 * title page, then one {@code #} heading per letter, the key terms as {@code **Term**: definition},
 * the sections with as many {@code #} as their level, and the questions and bibliography as numbered
 * lists.
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
        for (Letter letter : guide.letters()) {
            heading(md, 1, letter.heading());
            paragraph(md, letter.markdown());
        }
        if (!guide.keyTerms().isEmpty()) {
            heading(md, 1, "Key Terms");
            for (KeyTerm term : guide.keyTerms()) {
                paragraph(md, "**" + term.term() + "**: " + term.definitionMarkdown());
            }
        }
        for (Section section : guide.sections()) {
            heading(md, section.level(), section.title());
            paragraph(md, section.markdown());
        }
        if (!guide.questions().isEmpty()) {
            heading(md, 1, "Questions to be Addressed");
            for (Question question : guide.questions()) {
                md.append(question.number())
                        .append(". ")
                        .append(question.text())
                        .append('\n');
            }
            md.append('\n');
        }
        if (!guide.bibliography().isEmpty()) {
            heading(md, 1, "Bibliography");
            int n = 1;
            for (Reference reference : guide.bibliography()) {
                md.append(n++).append(". ").append(reference.text()).append('\n');
            }
            md.append('\n');
        }
        return md.toString().stripTrailing() + "\n";
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
