package dev.quorum.registration.conference.domain;

import java.util.Objects;
import java.util.UUID;

/** A conference's identity: the tenant key carried by every query and event. */
public record ConferenceId(String value) {
    public ConferenceId {
        Objects.requireNonNull(value);
    }

    public static ConferenceId newId() {
        return new ConferenceId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
