package dev.quorum.guide.guide.domain;

/**
 * One stretch of a guide in the author's order (ADR 24): {@code count} consecutive items of one
 * part. Letters and sections carry their own headings, so consecutive ones form one run; each
 * heading of key terms, questions or bibliography opens a run of its own and keeps the author's
 * wording of that heading.
 *
 * @param part what the stretch holds
 * @param heading the heading of a key-terms, questions or bibliography part as written; {@code
 *     null} for letters and sections
 * @param count how many items of the part's list the stretch holds, from 0 (a heading with nothing
 *     under it) up
 */
public record PartRun(Part part, String heading, int count) {

    public PartRun {
        if (part == null || count < 0) {
            throw new IllegalArgumentException("a run needs a part and a count >= 0");
        }
        heading = part == Part.LETTER || part == Part.SECTION ? null : heading;
    }

    /** The same run holding {@code more} further items. */
    PartRun plus(int more) {
        return new PartRun(part, heading, count + more);
    }
}
