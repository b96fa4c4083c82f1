package dev.quorum.committee.committee.messaging;

import dev.quorum.committee.committee.domain.Committee;
import dev.quorum.committee.committee.domain.CommitteeEvent;
import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.platform.outbox.PendingEventFactory;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns committee domain events into the integration events on {@code committee.events} (key: committee id). */
@Component
public class CommitteeIntegrationEvents {
    public static final String TOPIC = "committee.events";

    private final PendingEventFactory events;

    public CommitteeIntegrationEvents(PendingEventFactory events) {
        this.events = events;
    }

    public List<PendingEvent> toPending(List<CommitteeEvent> domainEvents) {
        return domainEvents.stream().map(this::toPending).toList();
    }

    private PendingEvent toPending(CommitteeEvent event) {
        Committee c = event.committee();
        List<SeatData> seats = c.seats().stream().map(SeatData::of).toList();
        if (event instanceof CommitteeEvent.Created) {
            return events.create(
                    TOPIC,
                    CommitteeCreated.TYPE,
                    c.id(),
                    c.id(),
                    new CommitteeCreated(
                            c.id(),
                            c.conferenceId(),
                            c.version(),
                            c.details().name(),
                            c.details().abbreviation(),
                            c.delegationSize(),
                            seats));
        }
        return events.create(
                TOPIC,
                CommitteeSeatsChanged.TYPE,
                c.id(),
                c.id(),
                new CommitteeSeatsChanged(c.id(), c.conferenceId(), c.version(), c.delegationSize(), seats));
    }
}
