package dev.quorum.registration.conference.messaging;

import java.time.LocalDate;

/**
 * Published on {@code registration.events} as {@code quorum.registration.ConferenceUpdated.v1}
 * when the Secretariat changes a conference: the whole conference as it now is (consumers replace
 * their copy when {@code version} is newer). Contract: {@code events/ConferenceUpdated.v1.schema.json}.
 */
public record ConferenceUpdated(
        String conferenceId,
        long version,
        String name,
        LocalDate startDate,
        LocalDate endDate,
        String timeZone,
        String venue,
        String status,
        ConferenceTermsData terms) {

    public static final String TYPE = "quorum.registration.ConferenceUpdated.v1";
}
