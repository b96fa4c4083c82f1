package dev.quorum.registration.conference.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
        Instant createdAt,
        RegistrationTerms terms) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_VENUE_LENGTH = 200;

    public Conference {
        Objects.requireNonNull(id);
        Objects.requireNonNull(status);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(terms);
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
        if (!RegistrationWindow.withinSaneRange(startDate)) {
            throw new ConferenceRuleViolation("startDate", RegistrationWindow.SANE_RANGE);
        }
        if (!RegistrationWindow.withinSaneRange(endDate)) {
            throw new ConferenceRuleViolation("endDate", RegistrationWindow.SANE_RANGE);
        }
        Objects.requireNonNull(timeZone);
        if (venue != null && venue.length() > MAX_VENUE_LENGTH) {
            throw new ConferenceRuleViolation("venue", "must be at most " + MAX_VENUE_LENGTH + " characters");
        }
    }

    /** Plans a new conference in {@link ConferenceStatus#DRAFT}; the Secretariat opens registration later. */
    public static Change plan(
            ConferenceId id,
            String name,
            LocalDate startDate,
            LocalDate endDate,
            ZoneId timeZone,
            String venue,
            RegistrationTerms terms,
            Instant now) {
        Conference conference = new Conference(
                id, 0, name.strip(), startDate, endDate, timeZone, venue, ConferenceStatus.DRAFT, now, terms);
        return new Change(conference, List.of(new ConferenceEvent.Created(conference)));
    }

    /** Applies the Secretariat's changes; status moves only along {@link ConferenceStatus#next()}. */
    public Change revise(ConferenceChanges changes) {
        ConferenceStatus newStatus = changes.status().orElse(status);
        if (newStatus != status && !status.next().contains(newStatus)) {
            throw new ConferenceRuleViolation(
                    "status", "cannot go from " + status + " to " + newStatus + "; next may be " + status.next());
        }
        RegistrationTerms newTerms = new RegistrationTerms(
                changes.registrationWindows().orElse(terms.windows()),
                changes.capacity().isPresent() ? changes.capacity() : terms.capacity(),
                changes.fees().isPresent() ? changes.fees() : terms.fees(),
                changes.maxPreferences().orElse(terms.maxPreferences()),
                changes.maxDelegatesPerApplication().isPresent()
                        ? changes.maxDelegatesPerApplication()
                        : terms.maxDelegatesPerApplication());
        Conference revised = new Conference(
                id,
                version,
                changes.name().map(String::strip).orElse(name),
                changes.startDate().orElse(startDate),
                changes.endDate().orElse(endDate),
                changes.timeZone().orElse(timeZone),
                changes.venue().isPresent() ? changes.venue().get() : venue,
                newStatus,
                createdAt,
                newTerms);
        return new Change(revised, List.of(new ConferenceEvent.Updated(revised)));
    }

    /** Schools may apply while registration is open and, if windows are set, within one of them. */
    public boolean acceptsApplicationsAt(Instant when) {
        return status == ConferenceStatus.REGISTRATION_OPEN && terms.windowContains(when);
    }

    /**
     * Refuses an application for more delegates than one application may ask for (ADR 31), so
     * that one anonymous applicant cannot fill the conference and waitlist every real school.
     */
    public void checkDelegatesPerApplication(int requestedDelegates) {
        int limit = terms.delegatesPerApplicationLimit();
        if (requestedDelegates > limit) {
            throw new ConferenceRuleViolation(
                    "requestedDelegates",
                    "must be at most " + limit + " for this conference (its maxDelegatesPerApplication)");
        }
    }

    public Optional<Integer> capacity() {
        return terms.capacity();
    }

    /** A conference after a change, with the events that change caused. */
    public record Change(Conference conference, List<ConferenceEvent> events) {}
}
