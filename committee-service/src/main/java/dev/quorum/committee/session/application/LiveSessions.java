package dev.quorum.committee.session.application;

/** Told when a session changed, so that the streams watching it on this instance are brought up to date. */
public interface LiveSessions {
    void changed(String sessionId);
}
