package dev.quorum.guide.guide.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
 * @param parts the order in which the author wrote the parts (ADR 24): the runs together hold
 *     every letter, key term, section, question and reference exactly once, in list order; {@code
 *     null} or empty (content stored before the order was kept) means letters, key terms, sections,
 *     questions, bibliography
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
        String titlePage,
        List<PartRun> parts) {

    /** The wording {@link GuideMarkdown} gives a list part whose heading is not known. */
    static final Map<Part, String> DEFAULT_HEADINGS = Map.of(
            Part.KEY_TERMS, "Key Terms",
            Part.QUESTIONS, "Questions to be Addressed",
            Part.BIBLIOGRAPHY, "Bibliography");

    public GuideContent {
        titlePage = titlePage == null ? "" : titlePage;
        authors = List.copyOf(authors);
        letters = List.copyOf(letters);
        keyTerms = List.copyOf(keyTerms);
        sections = List.copyOf(sections);
        questions = List.copyOf(questions);
        bibliography = List.copyOf(bibliography);
        parts = parts == null || parts.isEmpty()
                ? fixedOrder(letters, keyTerms, sections, questions, bibliography)
                : List.copyOf(parts);
        Map<Part, Integer> sizes = sizes(letters, keyTerms, sections, questions, bibliography);
        Map<Part, Integer> counted = new EnumMap<>(Part.class);
        parts.forEach(run -> counted.merge(run.part(), run.count(), Integer::sum));
        sizes.forEach((part, size) -> {
            if (counted.getOrDefault(part, 0) != size.intValue()) {
                throw new IllegalArgumentException("the parts' runs hold " + counted.getOrDefault(part, 0)
                        + " items of " + part + ", the guide " + size);
            }
        });
    }

    /** A guide in the fixed order letters, key terms, sections, questions, bibliography. */
    public GuideContent(
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
                titlePage,
                List.of());
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

    /** The same guide with other sections of the same number; the order of parts stays. */
    public GuideContent withSections(List<Section> edited) {
        return new GuideContent(
                conferenceName,
                committeeName,
                agendaItem,
                authors,
                letters,
                keyTerms,
                edited,
                questions,
                bibliography,
                titlePage,
                parts);
    }

    private static List<PartRun> fixedOrder(
            List<Letter> letters,
            List<KeyTerm> keyTerms,
            List<Section> sections,
            List<Question> questions,
            List<Reference> bibliography) {
        List<PartRun> runs = new ArrayList<>();
        sizes(letters, keyTerms, sections, questions, bibliography).forEach((part, size) -> {
            if (size > 0) {
                runs.add(new PartRun(part, DEFAULT_HEADINGS.get(part), size));
            }
        });
        return runs;
    }

    /** How many items each part holds, in the fixed order of {@link Part}'s declaration. */
    private static Map<Part, Integer> sizes(
            List<Letter> letters,
            List<KeyTerm> keyTerms,
            List<Section> sections,
            List<Question> questions,
            List<Reference> bibliography) {
        Map<Part, Integer> sizes = new EnumMap<>(Part.class);
        sizes.put(Part.LETTER, letters.size());
        sizes.put(Part.KEY_TERMS, keyTerms.size());
        sizes.put(Part.SECTION, sections.size());
        sizes.put(Part.QUESTIONS, questions.size());
        sizes.put(Part.BIBLIOGRAPHY, bibliography.size());
        return sizes;
    }
}
