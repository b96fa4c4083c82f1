package dev.quorum.registration.conference.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A period in which schools may apply, e.g. early and regular registration. */
public record RegistrationWindow(Instant opensAt, Instant closesAt) {
    /**
     * Conference dates and registration instants lie in this range: far enough for any real
     * conference, near enough that every date converts to the store's millisecond dates.
     */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    static final String SANE_RANGE = "must be between " + EARLIEST + " and " + LATEST;

    public RegistrationWindow {
        if (opensAt == null || closesAt == null) {
            throw new ConferenceRuleViolation("registrationWindows", "need opensAt and closesAt");
        }
        if (!withinSaneRange(opensAt) || !withinSaneRange(closesAt)) {
            throw new ConferenceRuleViolation("registrationWindows", "open and close " + SANE_RANGE + " (UTC)");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new ConferenceRuleViolation("registrationWindows", "must close after they open");
        }
    }

    /** Whether the day lies in {@link #EARLIEST}..{@link #LATEST}. */
    public static boolean withinSaneRange(LocalDate day) {
        return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }

    private static boolean withinSaneRange(Instant instant) {
        // Compared as instants: turning an extreme instant into a date would itself overflow.
        return !instant.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
                && instant.isBefore(
                        LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public boolean contains(Instant when) {
        return !when.isBefore(opensAt) && when.isBefore(closesAt);
    }

    boolean overlaps(RegistrationWindow other) {
        return opensAt.isBefore(other.closesAt) && other.opensAt.isBefore(closesAt);
    }
}
