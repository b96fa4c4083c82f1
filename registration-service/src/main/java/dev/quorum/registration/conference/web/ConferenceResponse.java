package dev.quorum.registration.conference.web;

import dev.quorum.registration.conference.domain.Conference;
import java.time.Instant;
import java.time.LocalDate;

/** A conference as the API shows it. */
public record ConferenceResponse(
        String id,
        long version,
        String name,
        LocalDate startDate,
        LocalDate endDate,
        String timeZone,
        String venue,
        String status,
        Instant createdAt) {

    static ConferenceResponse of(Conference c) {
        return new ConferenceResponse(
                c.id().value(),
                c.version(),
                c.name(),
                c.startDate(),
                c.endDate(),
                c.timeZone().getId(),
                c.venue(),
                c.status().name(),
                c.createdAt());
    }
}
