package dev.quorum.registration.conference.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How schools register for a conference.
 *
 * @param windows when applications are accepted (while registration is open); none means any time
 * @param capacity most delegates the conference takes; empty means no limit
 * @param fees what schools owe; empty means free
 * @param maxPreferences how many ranked committee/seat choices a school may give
 */
public record RegistrationTerms(
        List<RegistrationWindow> windows, Optional<Integer> capacity, Optional<Fees> fees, int maxPreferences) {

    public static final int DEFAULT_MAX_PREFERENCES = 10;
    public static final int MAX_WINDOWS = 10;
    public static final int MAX_CAPACITY = 100_000;

    public RegistrationTerms {
        windows = windows == null ? List.of() : List.copyOf(windows);
        capacity = capacity == null ? Optional.empty() : capacity;
        fees = fees == null ? Optional.empty() : fees;
        if (windows.size() > MAX_WINDOWS) {
            throw new ConferenceRuleViolation("registrationWindows", "at most " + MAX_WINDOWS);
        }
        for (int i = 0; i < windows.size(); i++) {
            for (int j = i + 1; j < windows.size(); j++) {
                if (windows.get(i).overlaps(windows.get(j))) {
                    throw new ConferenceRuleViolation("registrationWindows", "must not overlap");
                }
            }
        }
        if (capacity.isPresent() && (capacity.get() < 1 || capacity.get() > MAX_CAPACITY)) {
            throw new ConferenceRuleViolation("capacity", "must be between 1 and " + MAX_CAPACITY);
        }
        if (maxPreferences < 1 || maxPreferences > 50) {
            throw new ConferenceRuleViolation("maxPreferences", "must be between 1 and 50");
        }
    }

    public static RegistrationTerms defaults() {
        return new RegistrationTerms(List.of(), Optional.empty(), Optional.empty(), DEFAULT_MAX_PREFERENCES);
    }

    boolean windowContains(Instant when) {
        return windows.isEmpty() || windows.stream().anyMatch(w -> w.contains(when));
    }
}
