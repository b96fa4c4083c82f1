package dev.quorum.registration.preference.application;

import dev.quorum.registration.preference.domain.Choice;
import dev.quorum.registration.preference.domain.SchoolPreferences;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where each school's preferences are kept: with the school, replaced whole. */
public interface PreferenceRepository {
    /**
     * Replaces the school's preferences unless it has withdrawn, in one single-document write that
     * checks the withdrawal too, so that a school withdrawing meanwhile never gets them stored.
     *
     * @return the preferences as stored, or empty when the school has withdrawn (or does not exist)
     */
    Optional<SchoolPreferences> replace(String schoolId, List<Choice> choices, Instant at);

    /** The school's preferences; empty when the school does not exist. */
    Optional<SchoolPreferences> find(String schoolId);
}
