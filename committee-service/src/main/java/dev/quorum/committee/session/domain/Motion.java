package dev.quorum.committee.session.domain;

import dev.quorum.committee.committee.domain.MotionType;
import java.time.Instant;

/**
 * A motion raised for a seat.
 *
 * @param durationSeconds total time of a caucus; null for other motions
 * @param speakingTimeSeconds per speaker, for a moderated caucus or a motion to set speaking time
 * @param sequence the order in which motions were raised in the session; breaks precedence ties
 * @param voteId set once the motion is sent to a vote
 */
public record Motion(
        String motionId,
        MotionType type,
        String seatId,
        Integer durationSeconds,
        Integer speakingTimeSeconds,
        String topic,
        Instant raisedAt,
        long sequence,
        MotionStatus status,
        String voteId) {

    Motion with(MotionStatus newStatus) {
        return new Motion(
                motionId,
                type,
                seatId,
                durationSeconds,
                speakingTimeSeconds,
                topic,
                raisedAt,
                sequence,
                newStatus,
                voteId);
    }

    Motion sentToVote(String newVoteId) {
        return new Motion(
                motionId,
                type,
                seatId,
                durationSeconds,
                speakingTimeSeconds,
                topic,
                raisedAt,
                sequence,
                MotionStatus.VOTING,
                newVoteId);
    }

    /** A human-readable title, e.g. "Moderated caucus, 600 s, 60 s per speaker: Regional security". */
    public String title() {
        StringBuilder title = new StringBuilder(type.name().charAt(0)
                + type.name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        if (durationSeconds != null) {
            title.append(", ").append(durationSeconds).append(" s");
        }
        if (speakingTimeSeconds != null) {
            title.append(", ").append(speakingTimeSeconds).append(" s per speaker");
        }
        if (topic != null) {
            title.append(": ").append(topic);
        }
        return title.length() > 300 ? title.substring(0, 300) : title.toString();
    }
}
