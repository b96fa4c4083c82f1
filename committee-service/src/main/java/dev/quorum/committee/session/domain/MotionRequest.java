package dev.quorum.committee.session.domain;

import dev.quorum.committee.committee.domain.MotionType;

/** A motion as raised from the floor, before the rules have accepted it. */
public record MotionRequest(
        MotionType type, String seatId, Integer durationSeconds, Integer speakingTimeSeconds, String topic) {

    /** Checks that the fields the motion's type needs are there, and only those. */
    void check() {
        boolean caucus = type == MotionType.MODERATED_CAUCUS || type == MotionType.UNMODERATED_CAUCUS;
        if (caucus && durationSeconds == null) {
            throw new SessionInputError("durationSeconds", "A caucus needs its total time.");
        }
        if (!caucus && durationSeconds != null) {
            throw new SessionInputError("durationSeconds", "Only a caucus has a total time.");
        }
        boolean perSpeaker = type == MotionType.MODERATED_CAUCUS || type == MotionType.SET_SPEAKING_TIME;
        if (perSpeaker && speakingTimeSeconds == null) {
            throw new SessionInputError("speakingTimeSeconds", "This motion sets a time per speaker.");
        }
        if (!perSpeaker && speakingTimeSeconds != null) {
            throw new SessionInputError(
                    "speakingTimeSeconds",
                    "Only a moderated caucus or a motion to set " + "speaking time has a time per speaker.");
        }
        if (type == MotionType.MODERATED_CAUCUS && topic == null) {
            throw new SessionInputError("topic", "A moderated caucus needs a topic.");
        }
        if (type == MotionType.MODERATED_CAUCUS && speakingTimeSeconds > durationSeconds) {
            throw new SessionInputError("speakingTimeSeconds", "The time per speaker exceeds the caucus's total time.");
        }
    }
}
