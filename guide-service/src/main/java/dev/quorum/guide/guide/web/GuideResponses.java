package dev.quorum.guide.guide.web;

import dev.quorum.guide.guide.domain.Edition;
import dev.quorum.guide.guide.domain.Guide;
import dev.quorum.guide.guide.domain.GuideContent;
import dev.quorum.guide.guide.domain.ImportReport;
import java.time.Instant;

/** The JSON shapes of guides: a draft (for its editors) and an edition (for every reader). */
final class GuideResponses {
    private GuideResponses() {}

    /** A guide's draft; {@code version} is also its ETag. */
    record DraftResponse(
            String id,
            String conferenceId,
            String committeeId,
            String title,
            long version,
            int editions,
            Instant updatedAt,
            GuideContent content) {

        static DraftResponse of(Guide g) {
            return new DraftResponse(
                    g.id(),
                    g.conferenceId(),
                    g.committeeId(),
                    g.title(),
                    g.version(),
                    g.editions(),
                    g.updatedAt(),
                    g.content());
        }
    }

    /** A new draft and the importer's report: what it could not place, and quality warnings. */
    record ImportResponse(DraftResponse guide, ImportReport report) {}

    /** A published edition; it never changes. */
    record EditionResponse(
            String guideId,
            int edition,
            String conferenceId,
            String committeeId,
            String title,
            long sourceVersion,
            Instant publishedAt,
            GuideContent content) {

        static EditionResponse of(Edition e) {
            return new EditionResponse(
                    e.guideId(),
                    e.number(),
                    e.conferenceId(),
                    e.committeeId(),
                    e.title(),
                    e.sourceVersion(),
                    e.publishedAt(),
                    e.content());
        }
    }
}
