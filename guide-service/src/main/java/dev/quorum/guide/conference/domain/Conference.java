package dev.quorum.guide.conference.domain;

import java.time.LocalDate;

/**
 * This service's copy of a conference, learnt from registration-service's events: study guides
 * are only written for a conference it knows.
 */
public record Conference(String id, String name, LocalDate startDate, LocalDate endDate, String timeZone) {}
