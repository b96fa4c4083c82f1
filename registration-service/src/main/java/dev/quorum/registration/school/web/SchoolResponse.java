package dev.quorum.registration.school.web;

import dev.quorum.registration.school.domain.School;
import java.time.Instant;

/** A school as its advisor and its conference's Secretariat see it. */
public record SchoolResponse(
        String id,
        String conferenceId,
        long version,
        String name,
        String city,
        String country,
        int requestedDelegates,
        String status,
        Instant appliedAt,
        Contact contact) {

    /** How to reach the advisor. */
    public record Contact(String advisorName, String email, String phone) {}

    static SchoolResponse of(School s) {
        return new SchoolResponse(
                s.id(),
                s.conferenceId(),
                s.version(),
                s.name(),
                s.city(),
                s.country(),
                s.requestedDelegates(),
                s.status().name(),
                s.appliedAt(),
                new Contact(
                        s.contact().advisorName(),
                        s.contact().email(),
                        s.contact().phone()));
    }
}
