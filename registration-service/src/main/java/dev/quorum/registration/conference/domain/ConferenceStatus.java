package dev.quorum.registration.conference.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a conference is in its life, and where it may go next. */
public enum ConferenceStatus {
    DRAFT,
    REGISTRATION_OPEN,
    REGISTRATION_CLOSED,
    RUNNING,
    FINISHED;

    /** Registration may be reopened (late places), but a running or finished conference never goes back. */
    public Set<ConferenceStatus> next() {
        switch (this) {
            case DRAFT:
                return EnumSet.of(REGISTRATION_OPEN);
            case REGISTRATION_OPEN:
                return EnumSet.of(REGISTRATION_CLOSED);
            case REGISTRATION_CLOSED:
                return EnumSet.of(REGISTRATION_OPEN, RUNNING);
            case RUNNING:
                return EnumSet.of(FINISHED);
            default:
                return EnumSet.noneOf(ConferenceStatus.class);
        }
    }
}
