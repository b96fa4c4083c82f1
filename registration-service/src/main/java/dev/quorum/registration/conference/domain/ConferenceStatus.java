package dev.quorum.registration.conference.domain;

/** Where a conference is in its life. */
public enum ConferenceStatus {
    DRAFT,
    REGISTRATION_OPEN,
    REGISTRATION_CLOSED,
    RUNNING,
    FINISHED
}
