package dev.quorum.guide.conference.messaging;

import java.time.LocalDate;

/** The conference fields this service keeps, as both conference events carry them. */
interface ConferenceSnapshot {
    String conferenceId();

    long version();

    String name();

    LocalDate startDate();

    LocalDate endDate();

    String timeZone();
}
