package dev.quorum.registration.conference.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** What the Secretariat changes in a conference; an empty field stays as it is. */
public record ConferenceChanges(
        Optional<String> name,
        Optional<LocalDate> startDate,
        Optional<LocalDate> endDate,
        Optional<ZoneId> timeZone,
        Optional<String> venue,
        Optional<ConferenceStatus> status,
        Optional<List<RegistrationWindow>> registrationWindows,
        Optional<Integer> capacity,
        Optional<Fees> fees,
        Optional<Integer> maxPreferences,
        Optional<Integer> maxDelegatesPerApplication) {

    /** Changes that leave the per-application delegate limit as it is. */
    public ConferenceChanges(
            Optional<String> name,
            Optional<LocalDate> startDate,
            Optional<LocalDate> endDate,
            Optional<ZoneId> timeZone,
            Optional<String> venue,
            Optional<ConferenceStatus> status,
            Optional<List<RegistrationWindow>> registrationWindows,
            Optional<Integer> capacity,
            Optional<Fees> fees,
            Optional<Integer> maxPreferences) {
        this(
                name,
                startDate,
                endDate,
                timeZone,
                venue,
                status,
                registrationWindows,
                capacity,
                fees,
                maxPreferences,
                Optional.empty());
    }
}
