package dev.quorum.registration.school.application;

import dev.quorum.registration.school.domain.School;

/**
 * A school's application as the public endpoint receives it, with the password of the advisor account to create
 * (the service chooses its username).
 */
public record SchoolApplication(
        String conferenceId,
        String name,
        String city,
        String country,
        int requestedDelegates,
        School.Contact contact,
        String advisorPassword) {}
