package dev.quorum.registration.conference.domain;

import java.util.Objects;
import java.util.UUID;

/** A conference's identity: the tenant key carried by every query and event. */
public record ConferenceId(String value) {
    /** The form of every id {@link #newId()} makes: a lowercase UUID. */
    public static final String PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

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
