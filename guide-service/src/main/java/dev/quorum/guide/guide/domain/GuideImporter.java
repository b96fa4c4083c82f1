package dev.quorum.guide.guide.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the text of a study guide into structured content (ADR 20). Stateless and thread-safe. The
 * work is one pass over the paragraphs plus the matching of contents entries, so its time grows
 * linearly with the text; the caller bounds the text's size.
 */
public final class GuideImporter {

    private static final int MIN_REPEATED_LENGTH = 40;

    /**
     * Imports a guide. Nothing the author wrote is dropped except the table of contents, formatting
     * markers and list numbers: what cannot be placed in the structure is listed in the report.
     *
     * @param text the whole guide; the caller bounds its size
     * @param format how the text is written
     * @return the structured guide and the import report
     */
    public ImportResult importText(String text, SourceFormat format) {
        ImportLog log = new ImportLog();
        List<Block> blocks = Block.split(text, format, log);
        Outline outline = Outline.of(blocks, format, log);
        warnRepeated(blocks, outline, log);
        List<Heading> headings = outline.headings();
        int bodyStart = headings.isEmpty() ? blocks.size() : headings.get(0).block();
        List<Block> titleBlocks = outside(blocks, 0, bodyStart, outline);
        List<String> titleLines =
                titleBlocks.stream().flatMap(b -> b.lines().stream()).toList();
        List<Author> authors = new ArrayList<>();
        Authors.find(titleLines, authors);

        Assembly guide = new Assembly(log);
        for (int h = 0; h < headings.size(); h++) {
            Heading heading = headings.get(h);
            int end = h + 1 < headings.size() ? headings.get(h + 1).block() : blocks.size();
            guide.add(heading, outside(blocks, heading.block() + 1, end, outline));
        }
        for (Letter letter : guide.letters) {
            Authors.find(List.of(letter.markdown().split("\n")), authors);
        }
        TitlePage page = TitlePage.read(titleLines);
        GuideContent content = new GuideContent(
                page.conference(),
                page.committee(),
                page.agendaItem(),
                authors,
                guide.letters,
                guide.keyTerms,
                guide.sections,
                guide.questions,
                guide.bibliography,
                paragraphs(titleBlocks),
                guide.parts);
        return new ImportResult(content, log.report());
    }

    /** Builds the parts of the guide heading by heading. */
    private static final class Assembly {
        private final ImportLog log;
        private final List<Letter> letters = new ArrayList<>();
        private final List<KeyTerm> keyTerms = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private final List<Question> questions = new ArrayList<>();
        private final List<Reference> bibliography = new ArrayList<>();
        private final List<PartRun> parts = new ArrayList<>();
        private final Map<String, Integer> slugs = new HashMap<>();
        private final Set<String> ids = new HashSet<>();

        Assembly(ImportLog log) {
            this.log = log;
        }

        void add(Heading heading, List<Block> body) {
            int before = size(heading.part());
            read(heading, body);
            int added = size(heading.part()) - before;
            PartRun last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
            boolean ownHeadings = heading.part() == Part.LETTER || heading.part() == Part.SECTION;
            if (ownHeadings && last != null && last.part() == heading.part()) {
                parts.set(parts.size() - 1, last.plus(added));
            } else {
                // each list heading keeps its place and wording, even with nothing under it
                parts.add(new PartRun(heading.part(), heading.title(), added));
            }
        }

        private int size(Part part) {
            return switch (part) {
                case LETTER -> letters.size();
                case KEY_TERMS -> keyTerms.size();
                case SECTION -> sections.size();
                case QUESTIONS -> questions.size();
                case BIBLIOGRAPHY -> bibliography.size();
            };
        }

        private void read(Heading heading, List<Block> body) {
            switch (heading.part()) {
                case LETTER -> letters.add(new Letter(heading.title(), paragraphs(body)));
                case KEY_TERMS -> Glossary.read(body, keyTerms, log);
                case QUESTIONS -> {
                    for (String question : Items.read(body, false, log)) {
                        questions.add(new Question(questions.size() + 1, question));
                    }
                }
                case BIBLIOGRAPHY -> {
                    for (String entry : Items.read(body, true, log)) {
                        bibliography.add(References.parse(entry, log));
                    }
                }
                case SECTION -> {
                    // a level may not skip one: "1.1.1" straight under "1." is read as "1.1"
                    int previous = sections.isEmpty()
                            ? 0
                            : sections.get(sections.size() - 1).level();
                    int level = Math.min(heading.level(), previous + 1);
                    sections.add(new Section(id(heading.title()), heading.title(), level, paragraphs(body)));
                }
            }
        }

        private String id(String title) {
            String slug = String.join("-", GuideText.words(title));
            slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
            slug = slug.isEmpty() ? "section" : slug;
            // the counter per slug keeps a guide with thousands of equal titles linear
            int n = slugs.merge(slug, 1, Integer::sum);
            String id = n == 1 ? slug : slug + "-" + n;
            while (!ids.add(id)) {
                id = slug + "-" + slugs.merge(slug, 1, Integer::sum);
            }
            return id;
        }
    }

    private static List<Block> outside(List<Block> blocks, int from, int to, Outline outline) {
        List<Block> result = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (i < outline.contentsStart() || i >= outline.contentsEnd()) {
                result.add(blocks.get(i));
            }
        }
        return result;
    }

    private static String paragraphs(List<Block> blocks) {
        return String.join("\n\n", blocks.stream().map(Block::text).toList());
    }

    private static void warnRepeated(List<Block> blocks, Outline outline, ImportLog log) {
        Set<String> seen = new HashSet<>();
        for (Block block : outside(blocks, 0, blocks.size(), outline)) {
            String text = block.text();
            if (text.length() >= MIN_REPEATED_LENGTH && !seen.add(text)) {
                log.warn("REPEATED_PARAGRAPH", "This paragraph appears more than once, word for word", text);
            }
        }
    }
}
