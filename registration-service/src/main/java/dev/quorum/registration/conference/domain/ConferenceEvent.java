package dev.quorum.registration.conference.domain;

/** What happened to a conference; the messaging ring publishes these as integration events. */
public sealed interface ConferenceEvent {
    Conference conference();

    /** The version the conference has once this event's change is stored. */
    long resultingVersion();

    /** A conference was planned; it is stored as version 1. */
    record Created(Conference conference) implements ConferenceEvent {
        @Override
        public long resultingVersion() {
            return 1;
        }
    }
}
