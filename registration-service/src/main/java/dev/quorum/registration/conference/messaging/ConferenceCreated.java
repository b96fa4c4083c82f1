package dev.quorum.registration.conference.messaging;

import java.time.LocalDate;

/**
 * Published on {@code registration.events} as {@code quorum.registration.ConferenceCreated.v1}
 * when the Secretariat plans a conference. Contract: {@code events/ConferenceCreated.v1.schema.json}.
 *
 * @param conferenceId the conference (also the record key and the CloudEvents subject)
 * @param version the conference's version after this change (1)
 */
public record ConferenceCreated(
        String conferenceId,
        long version,
        String name,
        LocalDate startDate,
        LocalDate endDate,
        String timeZone,
        String venue,
        String status,
        ConferenceTermsData terms) {

    public static final String TYPE = "quorum.registration.ConferenceCreated.v1";
}
