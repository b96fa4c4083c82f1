package dev.quorum.registration.conference.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A MUN conference: the tenant every school, committee, seat and vote belongs to.
 *
 * @param version the stored version; 0 for a conference not yet stored
 */
public record Conference(
        ConferenceId id,
        long version,
        String name,
        LocalDate startDate,
        LocalDate endDate,
        ZoneId timeZone,
        String venue,
        ConferenceStatus status,
        Instant createdAt) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_VENUE_LENGTH = 200;

    public Conference {
        Objects.requireNonNull(id);
        Objects.requireNonNull(status);
        Objects.requireNonNull(createdAt);
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new ConferenceRuleViolation("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (startDate == null) {
            throw new ConferenceRuleViolation("startDate", "is required");
        }
        if (endDate == null) {
            throw new ConferenceRuleViolation("endDate", "is required");
        }
        if (endDate.isBefore(startDate)) {
            throw new ConferenceRuleViolation("endDate", "must not be before startDate");
        }
        Objects.requireNonNull(timeZone);
        if (venue != null && venue.length() > MAX_VENUE_LENGTH) {
            throw new ConferenceRuleViolation("venue", "must be at most " + MAX_VENUE_LENGTH + " characters");
        }
    }

    /** Plans a new conference in {@link ConferenceStatus#DRAFT}; the Secretariat opens registration later. */
    public static Planned plan(
            ConferenceId id,
            String name,
            LocalDate startDate,
            LocalDate endDate,
            ZoneId timeZone,
            String venue,
            Instant now) {
        Conference conference =
                new Conference(id, 0, name.strip(), startDate, endDate, timeZone, venue, ConferenceStatus.DRAFT, now);
        return new Planned(conference, List.of(new ConferenceEvent.Created(conference)));
    }

    /** A conference just planned, with the events that planning caused. */
    public record Planned(Conference conference, List<ConferenceEvent> events) {}
}
