package dev.quorum.registration.school.domain;

/** The change does not fit the school's current state (e.g. accepting a withdrawn school). */
public class SchoolStateConflict extends RuntimeException {
    public SchoolStateConflict(String message) {
        super(message);
    }
}
