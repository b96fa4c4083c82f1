package dev.quorum.committee.committee.application;

/** Whether a committee has a session that is not adjourned: its seats and rules are then fixed. */
public interface OpenSessions {
    boolean anyOpen(String committeeId);
}
