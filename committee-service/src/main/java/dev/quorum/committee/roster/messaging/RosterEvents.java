package dev.quorum.committee.roster.messaging;

import dev.quorum.committee.roster.application.RosterStore;
import dev.quorum.committee.roster.messaging.SeatEvents.DelegateSeated;
import dev.quorum.committee.roster.messaging.SeatEvents.DelegateUnseated;
import dev.quorum.committee.roster.messaging.SeatEvents.SeatAssigned;
import dev.quorum.committee.roster.messaging.SeatEvents.SeatReleased;
import dev.quorum.platform.consumer.EventRouter;
import dev.quorum.platform.consumer.IncomingEvent;
import dev.quorum.platform.outbox.PendingEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps the roster from registration's seat events. The one {@code registration.events} listener
 * of this service routes them here, so that every event of a conference is consumed in order by
 * one consumer group.
 */
@Component
public class RosterEvents {
    private final RosterStore roster;

    RosterEvents(RosterStore roster) {
        this.roster = roster;
    }

    /** Adds the seat events' routes to the listener's router. */
    public EventRouter routeOn(EventRouter router) {
        return router.on(SeatAssigned.TYPE, SeatAssigned.class, e -> {
                    SeatAssigned d = e.data();
                    roster.assigned(d.seatId(), d.committeeId(), d.schoolId(), position(e, d.version()));
                })
                .on(SeatReleased.TYPE, SeatReleased.class, e -> {
                    SeatReleased d = e.data();
                    roster.released(d.seatId(), d.committeeId(), position(e, d.version()));
                })
                .on(DelegateSeated.TYPE, DelegateSeated.class, e -> {
                    DelegateSeated d = e.data();
                    roster.seated(d.seatId(), d.committeeId(), d.schoolId(), d.delegateId(), position(e, d.version()));
                })
                .on(DelegateUnseated.TYPE, DelegateUnseated.class, e -> {
                    DelegateUnseated d = e.data();
                    roster.unseated(d.seatId(), d.committeeId(), d.delegateId(), position(e, d.version()));
                });
    }

    /**
     * The event's place in its seat's history: the CloudEvents sequence, or for an event published
     * before positions existed the seat's version (ADR 1, "Positions").
     */
    private static String position(IncomingEvent<?> event, long version) {
        return event.position() != null ? event.position() : PendingEvent.position(version, 0);
    }
}
