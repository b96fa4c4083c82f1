package dev.quorum.registration.school.domain;

/** Where a school's application stands. */
public enum SchoolStatus {
    APPLIED,
    ACCEPTED,
    WAITLISTED,
    WITHDRAWN
}
