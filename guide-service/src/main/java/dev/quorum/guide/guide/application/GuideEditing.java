package dev.quorum.guide.guide.application;

import dev.quorum.guide.guide.domain.Edition;
import dev.quorum.guide.guide.domain.Guide;
import dev.quorum.guide.guide.domain.UnknownSectionException;
import dev.quorum.guide.guide.messaging.GuideIntegrationEvents;
import dev.quorum.platform.problem.ConflictException;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.problem.PreconditionFailedException;
import dev.quorum.platform.security.QuorumPrincipal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;

/** Edits drafts section by section and publishes them as editions, each guarded by If-Match. */
@Service
public class GuideEditing {
    private final GuideAccess access;
    private final GuideRepository guides;
    private final EditionRepository editions;
    private final GuideIntegrationEvents events;
    private final Clock clock;

    public GuideEditing(
            GuideAccess access,
            GuideRepository guides,
            EditionRepository editions,
            GuideIntegrationEvents events,
            Clock clock) {
        this.access = access;
        this.guides = guides;
        this.editions = editions;
        this.events = events;
        this.clock = clock;
    }

    /** Replaces one section's own text in the draft; answers the draft at its new version. */
    public Guide editSection(
            QuorumPrincipal caller, String guideId, String sectionId, OptionalLong ifMatch, String markdown) {
        Guide guide = editable(caller, guideId, ifMatch);
        Guide edited;
        try {
            edited = guide.withSectionText(sectionId, markdown, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        } catch (UnknownSectionException e) {
            throw new NotFoundException(e.getMessage());
        }
        if (!guides.update(edited, guide.version(), List.of())) {
            throw stale();
        }
        return edited;
    }

    /**
     * Publishes the draft at the version {@code If-Match} names as the next edition. The edition
     * is stored first (insert-only, numbered per guide), then the guide records it with its
     * {@code GuidePublished} event; if an edit landed in between, the edition still holds exactly
     * the version the caller published, and the record is retried on the newer draft (ADR 21).
     */
    public Edition publish(QuorumPrincipal caller, String guideId, OptionalLong ifMatch) {
        Guide guide = editable(caller, guideId, ifMatch);
        Edition edition = guide.nextEdition(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        if (!editions.insert(edition)) {
            // Another publish of this guide took the number first; make sure it is recorded.
            editions.find(guideId, edition.number()).ifPresent(this::record);
            throw new ConflictException("Edition " + edition.number() + " was just published by someone else.");
        }
        record(edition);
        return edition;
    }

    /** Marks the guide as having {@code edition}, with its event, unless it already does. */
    private void record(Edition edition) {
        while (true) {
            Guide now = guides.find(edition.guideId()).orElseThrow();
            if (now.editions() >= edition.number()) {
                return;
            }
            Guide recorded = new Guide(
                    now.id(),
                    now.conferenceId(),
                    now.committeeId(),
                    now.content(),
                    now.version() + 1,
                    edition.number(),
                    now.createdAt(),
                    now.updatedAt());
            if (guides.update(recorded, now.version(), List.of(events.published(edition, recorded.version())))) {
                return;
            }
        }
    }

    private Guide editable(QuorumPrincipal caller, String guideId, OptionalLong ifMatch) {
        Guide guide = guides.find(guideId).orElseThrow(() -> notFound(guideId));
        if (!caller.belongsTo(guide.conferenceId())) {
            throw notFound(guideId);
        }
        access.requireEditor(caller, guide.conferenceId(), guide.committeeId());
        if (ifMatch.isEmpty()) {
            throw new PreconditionRequiredException();
        }
        if (ifMatch.getAsLong() != guide.version()) {
            throw stale();
        }
        return guide;
    }

    private static PreconditionFailedException stale() {
        return new PreconditionFailedException(
                "The draft changed since you read it: read it again and redo the change.");
    }

    static NotFoundException notFound(String guideId) {
        return new NotFoundException("No guide " + guideId + ".");
    }
}
