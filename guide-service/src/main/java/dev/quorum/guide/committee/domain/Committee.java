package dev.quorum.guide.committee.domain;

/**
 * This service's copy of a committee, learnt from committee-service's events: a guide is written
 * for one committee of one conference. {@code name} is empty until {@code CommitteeCreated} arrived
 * (a seats change can overtake it).
 */
public record Committee(String id, String conferenceId, String name, String abbreviation) {}
