package dev.quorum.voting.vote.domain;

/**
 * What a vote decides: a motion, draft resolution, amendment or clause of a divided question in
 * committee-service.
 */
public record Subject(SubjectType type, String id, String title) {}
