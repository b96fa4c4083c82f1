package dev.quorum.committee.session.domain;

/** The points a delegate may rise to (rules-of-procedure.md, "Speakers list and points"). */
public enum PointType {
    /** May interrupt a speaker. */
    PERSONAL_PRIVILEGE,
    ORDER,
    PARLIAMENTARY_INQUIRY,
    INFORMATION
}
