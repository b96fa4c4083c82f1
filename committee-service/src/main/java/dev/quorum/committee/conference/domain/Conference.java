package dev.quorum.committee.conference.domain;

import java.time.LocalDate;

/**
 * This service's copy of a conference, learnt from registration-service's events: committees
 * can only be created in a conference it knows.
 */
public record Conference(String id, String name, LocalDate startDate, LocalDate endDate, String timeZone) {}
