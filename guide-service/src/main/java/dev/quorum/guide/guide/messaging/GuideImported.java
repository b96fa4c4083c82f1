package dev.quorum.guide.guide.messaging;

import java.time.Instant;

/**
 * {@code quorum.guide.GuideImported.v1} on {@code guide.events}: a chair or the Secretariat
 * imported a study guide as a new draft. Key: the conference id; subject: the guide id.
 */
public record GuideImported(
        String guideId,
        String conferenceId,
        String committeeId,
        long version,
        String title,
        int sections,
        int warnings,
        Instant importedAt) {

    public static final String TYPE = "quorum.guide.GuideImported.v1";
}
