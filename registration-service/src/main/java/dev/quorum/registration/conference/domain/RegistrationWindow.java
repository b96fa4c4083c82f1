package dev.quorum.registration.conference.domain;

import java.time.Instant;

/** A period in which schools may apply, e.g. early and regular registration. */
public record RegistrationWindow(Instant opensAt, Instant closesAt) {
    public RegistrationWindow {
        if (opensAt == null || closesAt == null) {
            throw new ConferenceRuleViolation("registrationWindows", "need opensAt and closesAt");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new ConferenceRuleViolation("registrationWindows", "must close after they open");
        }
    }

    public boolean contains(Instant when) {
        return !when.isBefore(opensAt) && when.isBefore(closesAt);
    }

    boolean overlaps(RegistrationWindow other) {
        return opensAt.isBefore(other.closesAt) && other.opensAt.isBefore(closesAt);
    }
}
