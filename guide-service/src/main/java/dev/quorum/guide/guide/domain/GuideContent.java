package dev.quorum.guide.guide.domain;

import java.util.List;

/**
 * A study guide as structured content: what the importer produces, what drafts and editions store
 * and what {@link GuideMarkdown} writes back as Markdown. Lists are never {@code null}.
 *
 * @param conferenceName the conference as the title page names it, or {@code null}
 * @param committeeName the committee as the title page names it, or {@code null}
 * @param agendaItem the agenda item, or {@code null}
 * @param authors the people who sign or are credited, in order of appearance
 * @param letters the welcoming letters, in order
 * @param keyTerms the glossary, in order
 * @param sections the body of the guide in document order, nesting given by {@link Section#level()}
 * @param questions the questions a resolution should address
 * @param bibliography the cited works, one entry per citation
 * @param titlePage the title page as written (Markdown), from which the names, agenda item and
 *     first authors are read; kept whole so that an import loses no word of it; never {@code null}
 */
public record GuideContent(
        String conferenceName,
        String committeeName,
        String agendaItem,
        List<Author> authors,
        List<Letter> letters,
        List<KeyTerm> keyTerms,
        List<Section> sections,
        List<Question> questions,
        List<Reference> bibliography,
        String titlePage) {

    public GuideContent {
        titlePage = titlePage == null ? "" : titlePage;
        authors = List.copyOf(authors);
        letters = List.copyOf(letters);
        keyTerms = List.copyOf(keyTerms);
        sections = List.copyOf(sections);
        questions = List.copyOf(questions);
        bibliography = List.copyOf(bibliography);
    }

    /** A guide without a title page, as the seam first declared it. */
    public GuideContent(
            String conferenceName,
            String committeeName,
            String agendaItem,
            List<Author> authors,
            List<Letter> letters,
            List<KeyTerm> keyTerms,
            List<Section> sections,
            List<Question> questions,
            List<Reference> bibliography) {
        this(
                conferenceName,
                committeeName,
                agendaItem,
                authors,
                letters,
                keyTerms,
                sections,
                questions,
                bibliography,
                "");
    }
}
