package dev.quorum.registration.school.domain;

/** What happened to a school's application; published as integration events. */
public sealed interface SchoolEvent {
    /** The school as it is after the change. */
    School school();

    /** The version the school has once this change is stored. */
    default long resultingVersion() {
        return school().version() + 1;
    }

    /** A school applied to a conference. */
    record Applied(School school) implements SchoolEvent {}

    /** A school was accepted with its requested delegation. */
    record Accepted(School school) implements SchoolEvent {}

    /** A school waits for places, in arrival order. */
    record Waitlisted(School school) implements SchoolEvent {}

    /** A school withdrew (or was withdrawn by the Secretariat). */
    record Withdrawn(School school) implements SchoolEvent {}
}
