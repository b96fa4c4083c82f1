package dev.quorum.registration.school.application;

/**
 * Half-done work of another feature that the {@link RegistrationReconciler} finishes for each
 * conference (an interrupted finalize, say), so that registration does not depend on it.
 */
public interface ConferenceRepair {
    /** Finishes what a crash left half done in the conference; must be safe to repeat. */
    void repair(String conferenceId);
}
