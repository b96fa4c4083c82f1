package dev.quorum.guide.guide.messaging;

import dev.quorum.guide.guide.domain.Edition;
import dev.quorum.guide.guide.domain.Guide;
import dev.quorum.guide.guide.domain.ImportReport;
import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.platform.outbox.PendingEventFactory;
import org.springframework.stereotype.Component;

/** The integration events guides cause, keyed by conference so a conference's events stay in order. */
@Component
public class GuideIntegrationEvents {
    public static final String TOPIC = "guide.events";

    private final PendingEventFactory events;

    public GuideIntegrationEvents(PendingEventFactory events) {
        this.events = events;
    }

    public PendingEvent imported(Guide guide, ImportReport report) {
        return events.create(
                TOPIC,
                GuideImported.TYPE,
                guide.conferenceId(),
                guide.id(),
                new GuideImported(
                        guide.id(),
                        guide.conferenceId(),
                        guide.committeeId(),
                        guide.version(),
                        guide.title(),
                        guide.content().sections().size(),
                        report.warnings().size(),
                        guide.createdAt()));
    }

    /** @param version the guide's version once the publication is recorded */
    public PendingEvent published(Edition edition, long version) {
        return events.create(
                TOPIC,
                GuidePublished.TYPE,
                edition.conferenceId(),
                edition.guideId(),
                new GuidePublished(
                        edition.guideId(),
                        edition.conferenceId(),
                        edition.committeeId(),
                        edition.number(),
                        version,
                        edition.title(),
                        edition.publishedAt()));
    }
}
