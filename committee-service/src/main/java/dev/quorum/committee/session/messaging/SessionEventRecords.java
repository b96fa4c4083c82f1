package dev.quorum.committee.session.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * The session events published on {@code committee.events} (key: committee id, subject: session
 * id), one record per event type. Each has a JSON Schema and a golden example in
 * {@code src/main/resources/events/}. {@code version} is the session's version after the change.
 */
public final class SessionEventRecords {
    private SessionEventRecords() {}

    static final String PREFIX = "quorum.committee.";

    /** A chair opened a session; it starts in formal debate with every seat absent. */
    public record SessionOpened(
            String sessionId, String committeeId, String conferenceId, long version, Instant openedAt, String state) {
        public static final String TYPE = PREFIX + "SessionOpened.v1";
    }

    /** The session closed for good; the committee may change its seats and rules again. */
    public record SessionAdjourned(
            String sessionId, String committeeId, String conferenceId, long version, Instant adjournedAt) {
        public static final String TYPE = PREFIX + "SessionAdjourned.v1";
    }

    /**
     * A change with no fact event of its own (suspension, resumption, points, timers, voting
     * procedure beginning, speaking time), so that every change reaches the live streams.
     */
    public record SessionChanged(
            String sessionId,
            String committeeId,
            String conferenceId,
            long version,
            String state,
            String change,
            Instant changedAt) {
        public static final String TYPE = PREFIX + "SessionChanged.v1";
    }

    /** A speakers list or the floor changed; carries the list and the current speaker after it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SpeakersListChanged(
            String sessionId,
            String committeeId,
            String conferenceId,
            long version,
            String listId,
            String change,
            boolean open,
            List<String> queue,
            CurrentSpeaker currentSpeaker,
            Instant changedAt) {
        public static final String TYPE = PREFIX + "SpeakersListChanged.v1";
    }

    /** The delegate with the floor and their server timer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CurrentSpeaker(
            String seatId,
            Instant startedAt,
            int durationSeconds,
            Integer pausedRemainingSeconds,
            String yieldedTo,
            boolean receivedYield) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MotionRaised(
            String sessionId,
            String committeeId,
            String conferenceId,
            long version,
            String motionId,
            String type,
            String seatId,
            Integer durationSeconds,
            Integer speakingTimeSeconds,
            String topic,
            String title,
            Instant raisedAt) {
        public static final String TYPE = PREFIX + "MotionRaised.v1";
    }

    /**
     * @param decidedBy {@code CHAIR} (acclamation or ruling), {@code VOTE} or {@code LAPSED}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MotionResolved(
            String sessionId,
            String committeeId,
            String conferenceId,
            long version,
            String motionId,
            String type,
            String status,
            String decidedBy,
            String voteId,
            Instant resolvedAt) {
        public static final String TYPE = PREFIX + "MotionResolved.v1";
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CaucusStarted(
            String sessionId,
            String committeeId,
            String conferenceId,
            long version,
            String motionId,
            boolean moderated,
            String topic,
            int speakingTimeSeconds,
            Instant startedAt,
            int durationSeconds) {
        public static final String TYPE = PREFIX + "CaucusStarted.v1";
    }

    public record CaucusEnded(
            String sessionId, String committeeId, String conferenceId, long version, String motionId, Instant endedAt) {
        public static final String TYPE = PREFIX + "CaucusEnded.v1";
    }
}
