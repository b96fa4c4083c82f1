package dev.quorum.guide.guide.domain;

import java.time.Instant;

/**
 * A published edition of a guide: the draft's content as it was at {@code sourceVersion}, numbered
 * from 1. Stored once and never changed (ADR 21); delegates, advisors and the public read only
 * editions.
 */
public record Edition(
        String guideId,
        int number,
        String conferenceId,
        String committeeId,
        GuideContent content,
        long sourceVersion,
        Instant publishedAt) {

    public String title() {
        return Guide.titleOf(content);
    }
}
