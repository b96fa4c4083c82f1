package dev.quorum.registration.preference.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A school's ranked committee and seat preferences, most wanted first; allocation reads them.
 * They are replaced whole, never edited in place.
 *
 * @param version how many times they were set; 0 while the school has given none
 * @param updatedAt when they were last set; empty while the school has given none
 */
public record SchoolPreferences(String schoolId, long version, List<Choice> choices, Optional<Instant> updatedAt) {

    public SchoolPreferences {
        Objects.requireNonNull(schoolId);
        choices = List.copyOf(choices);
        updatedAt = updatedAt == null ? Optional.empty() : updatedAt;
    }

    /** A school that has not ranked anything yet. */
    public static SchoolPreferences none(String schoolId) {
        return new SchoolPreferences(schoolId, 0, List.of(), Optional.empty());
    }

    /**
     * Checks a ranking against the rules every conference shares: at most {@code maxChoices}
     * choices (the conference's limit), and no choice twice.
     *
     * @return the ranking, most wanted first
     * @throws PreferenceRuleViolation naming {@code choices} or the repeated {@code choices[i]}
     */
    public static List<Choice> rank(List<Choice> choices, int maxChoices) {
        if (choices.size() > maxChoices) {
            throw new PreferenceRuleViolation(
                    "choices", "at most " + maxChoices + " choices for this conference, not " + choices.size());
        }
        Map<Choice, Integer> seen = new HashMap<>();
        for (int i = 0; i < choices.size(); i++) {
            Integer earlier = seen.putIfAbsent(choices.get(i), i);
            if (earlier != null) {
                throw new PreferenceRuleViolation(
                        "choices[" + i + "]", "repeats choices[" + earlier + "]; rank each choice once");
            }
        }
        return List.copyOf(choices);
    }
}
