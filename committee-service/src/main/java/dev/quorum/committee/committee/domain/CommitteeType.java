package dev.quorum.committee.committee.domain;

/** The kind of body a committee simulates. */
public enum CommitteeType {
    GENERAL_ASSEMBLY,
    SPECIALISED_AGENCY,
    SECURITY_COUNCIL,
    CRISIS
}
