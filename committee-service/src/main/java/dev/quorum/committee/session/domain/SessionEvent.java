package dev.quorum.committee.session.domain;

/**
 * What a change to a session caused; the application turns each into an integration event on
 * {@code committee.events}. {@link Changed} covers changes that have no fact event of their own
 * (suspension, points, timers) so that every change reaches the live streams.
 */
public sealed interface SessionEvent {
    record Opened() implements SessionEvent {}

    record Adjourned() implements SessionEvent {}

    /** @param change e.g. {@code SUSPENDED}, {@code POINT_RAISED}, {@code TIMER_PAUSED} */
    record Changed(String change) implements SessionEvent {}

    record RollCallTaken() implements SessionEvent {}

    record SpeakersChanged(String listId, String change) implements SessionEvent {}

    record MotionRaised(Motion motion) implements SessionEvent {}

    record MotionResolved(Motion motion, String decidedBy) implements SessionEvent {}

    record VoteRequested(PendingVote vote, Motion motion) implements SessionEvent {}

    record CaucusStarted(Caucus caucus) implements SessionEvent {}

    record CaucusEnded(Caucus caucus) implements SessionEvent {}
}
