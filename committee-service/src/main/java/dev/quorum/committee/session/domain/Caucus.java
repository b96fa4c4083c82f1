package dev.quorum.committee.session.domain;

/**
 * A caucus under way, started by an adopted motion.
 *
 * @param speakingTimeSeconds per speaker in a moderated caucus; 0 in an unmoderated one
 */
public record Caucus(String motionId, boolean moderated, String topic, int speakingTimeSeconds, Timer timer) {}
