package dev.quorum.registration.school.application;

import dev.quorum.platform.problem.ConflictException;
import dev.quorum.registration.conference.domain.Conference;
import dev.quorum.registration.school.domain.School;
import dev.quorum.registration.school.domain.SchoolStatus;
import dev.quorum.registration.school.messaging.SchoolIntegrationEvents;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Freed room goes to the waitlist, strictly in arrival order. */
@Component
public class WaitlistPromotion {
    private final SchoolRepository schools;
    private final CapacityLedger ledger;
    private final SchoolIntegrationEvents events;

    WaitlistPromotion(SchoolRepository schools, CapacityLedger ledger, SchoolIntegrationEvents events) {
        this.schools = schools;
        this.ledger = ledger;
        this.events = events;
    }

    /**
     * Accepts waitlisted schools in arrival order while the first in line fits: a later, smaller
     * school never jumps the queue. {@code skip} is a school just moved to the waitlist by hand,
     * which must not be promoted straight back. Safe to repeat: a school whose room was reserved by
     * an interrupted promotion finds it still held.
     */
    public void promote(Conference conference, Optional<String> skip) {
        String conferenceId = conference.id().value();
        for (School next : schools.waitlist(conferenceId)) {
            if (skip.isPresent() && skip.get().equals(next.id())) {
                continue;
            }
            if (!ledger.reserve(conferenceId, next.id(), next.requestedDelegates(), conference.capacity())) {
                return;
            }
            School.Change promoted = next.accept();
            try {
                schools.update(promoted.school(), events.toPending(promoted.events()));
            } catch (ConflictException e) {
                // Someone changed it meanwhile (withdrew it, say): give the room back, go on.
                releaseUnlessAccepted(next);
            }
        }
    }

    /**
     * Gives back a school's room after storing its acceptance failed, unless it is accepted after
     * all (a racing promotion accepted it with the same holding).
     */
    void releaseUnlessAccepted(School school) {
        boolean accepted = schools.findById(school.id())
                .map(s -> s.status() == SchoolStatus.ACCEPTED)
                .orElse(false);
        if (!accepted) {
            ledger.release(school.conferenceId(), school.id());
        }
    }
}
