package dev.quorum.registration.conference.domain;

/** What happened to a conference; the messaging ring publishes these as integration events. */
public sealed interface ConferenceEvent {
    /** The conference as it is after the change. */
    Conference conference();

    /** The version the conference has once this event's change is stored. */
    default long resultingVersion() {
        return conference().version() + 1;
    }

    /** A conference was planned; it is stored as version 1. */
    record Created(Conference conference) implements ConferenceEvent {}

    /** The Secretariat changed a conference. */
    record Updated(Conference conference) implements ConferenceEvent {}
}
