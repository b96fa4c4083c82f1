package dev.quorum.guide.guide.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A study guide of one committee of one conference: its draft (the content chairs edit) and how
 * many editions were published from it. Editions themselves are separate, immutable {@link
 * Edition}s; publishing never changes the draft, and later edits change only the draft.
 *
 * @param version the draft's version, the {@code ETag} of optimistic edits; 1 when imported
 * @param editions how many editions were published, 0 for a guide never published
 */
public record Guide(
        String id,
        String conferenceId,
        String committeeId,
        GuideContent content,
        long version,
        int editions,
        Instant createdAt,
        Instant updatedAt) {

    /** A guide as imported: version 1, not published. */
    public static Guide imported(
            String id, String conferenceId, String committeeId, GuideContent content, Instant now) {
        return new Guide(id, conferenceId, committeeId, content, 1, 0, now, now);
    }

    /** The title lists show: the agenda item, else the committee's name as the guide gives it. */
    public String title() {
        return titleOf(content);
    }

    static String titleOf(GuideContent content) {
        if (content.agendaItem() != null && !content.agendaItem().isBlank()) {
            return content.agendaItem();
        }
        if (content.committeeName() != null && !content.committeeName().isBlank()) {
            return content.committeeName();
        }
        return "Study guide";
    }

    /**
     * The draft with one section's own text replaced; its title, level and place stay.
     *
     * @throws UnknownSectionException when the guide has no section {@code sectionId}
     */
    public Guide withSectionText(String sectionId, String markdown, Instant now) {
        List<Section> sections = new ArrayList<>(content.sections());
        int index = indexOf(sectionId);
        Section old = sections.get(index);
        sections.set(index, new Section(old.id(), old.title(), old.level(), markdown));
        GuideContent edited = content.withSections(sections);
        return new Guide(id, conferenceId, committeeId, edited, version + 1, editions, createdAt, now);
    }

    /** The next edition: a copy of the draft as it is at this version. */
    public Edition nextEdition(Instant now) {
        return new Edition(id, editions + 1, conferenceId, committeeId, content, version, now);
    }

    private int indexOf(String sectionId) {
        List<Section> sections = content.sections();
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(sectionId)) {
                return i;
            }
        }
        throw new UnknownSectionException(sectionId);
    }
}
