package dev.quorum.registration.allocation.application;

import dev.quorum.registration.school.application.ConferenceRepair;
import org.springframework.stereotype.Component;

/** The reconciler completes a finalize that was interrupted before every seat was stored. */
@Component
class FinalizeRepair implements ConferenceRepair {
    private final AllocationFinalizer finalizer;

    FinalizeRepair(AllocationFinalizer finalizer) {
        this.finalizer = finalizer;
    }

    @Override
    public void repair(String conferenceId) {
        finalizer.completeInterrupted(conferenceId);
    }
}
