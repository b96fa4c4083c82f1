package dev.quorum.registration.school.messaging;

import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.platform.outbox.PendingEventFactory;
import dev.quorum.registration.messaging.RegistrationTopic;
import dev.quorum.registration.school.domain.School;
import dev.quorum.registration.school.domain.SchoolEvent;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * School events on {@code registration.events}, keyed by conference (so one conference's events
 * share a partition) with the school id as subject. Order holds per school only (ADR 1); the events
 * of one write (e.g. {@code SchoolApplied} and {@code SchoolAccepted}) share the school's version
 * and are told apart by their CloudEvents {@code sequence}. They carry no contact details:
 * consumers need none.
 */
@Component
public class SchoolIntegrationEvents {
    private final PendingEventFactory events;

    public SchoolIntegrationEvents(PendingEventFactory events) {
        this.events = events;
    }

    public List<PendingEvent> toPending(List<SchoolEvent> domainEvents) {
        return domainEvents.stream().map(this::toPending).toList();
    }

    private PendingEvent toPending(SchoolEvent event) {
        School s = event.school();
        long version = event.resultingVersion();
        if (event instanceof SchoolEvent.Applied) {
            return publish(
                    SchoolApplied.TYPE,
                    s,
                    new SchoolApplied(
                            s.id(),
                            s.conferenceId(),
                            version,
                            s.name(),
                            s.city(),
                            s.country(),
                            s.requestedDelegates(),
                            s.appliedAt()));
        }
        if (event instanceof SchoolEvent.Accepted) {
            return publish(
                    SchoolAccepted.TYPE,
                    s,
                    new SchoolAccepted(s.id(), s.conferenceId(), version, s.requestedDelegates()));
        }
        if (event instanceof SchoolEvent.Waitlisted) {
            return publish(
                    SchoolWaitlisted.TYPE,
                    s,
                    new SchoolWaitlisted(s.id(), s.conferenceId(), version, s.requestedDelegates()));
        }
        return publish(SchoolWithdrawn.TYPE, s, new SchoolWithdrawn(s.id(), s.conferenceId(), version));
    }

    private PendingEvent publish(String type, School school, Object data) {
        return events.create(RegistrationTopic.NAME, type, school.conferenceId(), school.id(), data);
    }

    /** {@code quorum.registration.SchoolApplied.v1}: a school applied (its decision follows as its own event). */
    public record SchoolApplied(
            String schoolId,
            String conferenceId,
            long version,
            String name,
            String city,
            String country,
            int requestedDelegates,
            Instant appliedAt) {
        public static final String TYPE = "quorum.registration.SchoolApplied.v1";
    }

    /** {@code quorum.registration.SchoolAccepted.v1}: the school has room for {@code delegates}. */
    public record SchoolAccepted(String schoolId, String conferenceId, long version, int delegates) {
        public static final String TYPE = "quorum.registration.SchoolAccepted.v1";
    }

    /** {@code quorum.registration.SchoolWaitlisted.v1}: the school waits for room, in arrival order. */
    public record SchoolWaitlisted(String schoolId, String conferenceId, long version, int requestedDelegates) {
        public static final String TYPE = "quorum.registration.SchoolWaitlisted.v1";
    }

    /** {@code quorum.registration.SchoolWithdrawn.v1}: the school left the conference. */
    public record SchoolWithdrawn(String schoolId, String conferenceId, long version) {
        public static final String TYPE = "quorum.registration.SchoolWithdrawn.v1";
    }
}
