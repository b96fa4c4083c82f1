package dev.quorum.committee.committee.domain;

/** What happened to a committee, with the committee as it is after the change. */
public sealed interface CommitteeEvent {
    Committee committee();

    /** The committee was created with its seats. */
    record Created(Committee committee) implements CommitteeEvent {}

    /** Its seats or its delegation size changed: consumers that allocate seats must follow. */
    record SeatsChanged(Committee committee) implements CommitteeEvent {}
}
