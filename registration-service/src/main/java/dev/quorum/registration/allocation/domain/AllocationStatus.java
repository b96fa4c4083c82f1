package dev.quorum.registration.allocation.domain;

/** A proposal can be changed by hand until the Secretariat finalizes it; then it never changes again. */
public enum AllocationStatus {
    PROPOSED,
    FINALIZED
}
