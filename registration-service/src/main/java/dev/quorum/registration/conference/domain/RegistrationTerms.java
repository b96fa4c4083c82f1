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
 * @param maxDelegatesPerApplication most delegates one application may ask for; empty means
 *     {@link #delegatesPerApplicationLimit() a share of the capacity} (ADR 31)
 */
public record RegistrationTerms(
        List<RegistrationWindow> windows,
        Optional<Integer> capacity,
        Optional<Fees> fees,
        int maxPreferences,
        Optional<Integer> maxDelegatesPerApplication) {

    public static final int DEFAULT_MAX_PREFERENCES = 10;
    public static final int MAX_WINDOWS = 10;
    public static final int MAX_CAPACITY = 100_000;
    /** The largest delegation any school may bring (the school's own bound). */
    public static final int MAX_DELEGATES_PER_APPLICATION = 500;
    /** Without a setting, one application may ask for a quarter of the capacity... */
    static final int DEFAULT_SHARE_DIVISOR = 4;
    /** ...but at least a large delegation, so that a small conference stays usable. */
    static final int DEFAULT_MINIMUM_CAP = 20;

    public RegistrationTerms {
        windows = windows == null ? List.of() : List.copyOf(windows);
        capacity = capacity == null ? Optional.empty() : capacity;
        fees = fees == null ? Optional.empty() : fees;
        maxDelegatesPerApplication = maxDelegatesPerApplication == null ? Optional.empty() : maxDelegatesPerApplication;
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
        if (maxDelegatesPerApplication.isPresent()
                && (maxDelegatesPerApplication.get() < 1
                        || maxDelegatesPerApplication.get() > MAX_DELEGATES_PER_APPLICATION)) {
            throw new ConferenceRuleViolation(
                    "maxDelegatesPerApplication", "must be between 1 and " + MAX_DELEGATES_PER_APPLICATION);
        }
    }

    /** Terms without a per-application setting: the default share of the capacity applies. */
    public RegistrationTerms(
            List<RegistrationWindow> windows, Optional<Integer> capacity, Optional<Fees> fees, int maxPreferences) {
        this(windows, capacity, fees, maxPreferences, Optional.empty());
    }

    /**
     * The most delegates one application may ask for: the setting if there is one, else a quarter
     * of the capacity but at least {@value #DEFAULT_MINIMUM_CAP} (never more than the capacity),
     * else, without a capacity, the largest delegation a school may bring.
     */
    public int delegatesPerApplicationLimit() {
        if (maxDelegatesPerApplication.isPresent()) {
            return maxDelegatesPerApplication.get();
        }
        if (capacity.isEmpty()) {
            return MAX_DELEGATES_PER_APPLICATION;
        }
        int capacityValue = capacity.get();
        int share = (capacityValue + DEFAULT_SHARE_DIVISOR - 1) / DEFAULT_SHARE_DIVISOR;
        return Math.min(MAX_DELEGATES_PER_APPLICATION, Math.min(capacityValue, Math.max(DEFAULT_MINIMUM_CAP, share)));
    }

    public static RegistrationTerms defaults() {
        return new RegistrationTerms(List.of(), Optional.empty(), Optional.empty(), DEFAULT_MAX_PREFERENCES);
    }

    boolean windowContains(Instant when) {
        return windows.isEmpty() || windows.stream().anyMatch(w -> w.contains(when));
    }
}
