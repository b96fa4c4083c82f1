package dev.quorum.registration.conference.messaging;

import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.platform.outbox.PendingEventFactory;
import dev.quorum.registration.conference.domain.Conference;
import dev.quorum.registration.conference.domain.ConferenceEvent;
import dev.quorum.registration.messaging.RegistrationTopic;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns conference domain events into the integration events other services consume. */
@Component
public class ConferenceIntegrationEvents {
    private final PendingEventFactory events;

    public ConferenceIntegrationEvents(PendingEventFactory events) {
        this.events = events;
    }

    public List<PendingEvent> toPending(List<ConferenceEvent> domainEvents) {
        return domainEvents.stream().map(this::toPending).toList();
    }

    private PendingEvent toPending(ConferenceEvent event) {
        Conference c = event.conference();
        String id = c.id().value();
        ConferenceTermsData terms = ConferenceTermsData.of(c.terms());
        if (event instanceof ConferenceEvent.Created) {
            return events.create(
                    RegistrationTopic.NAME,
                    ConferenceCreated.TYPE,
                    id,
                    id,
                    new ConferenceCreated(
                            id,
                            event.resultingVersion(),
                            c.name(),
                            c.startDate(),
                            c.endDate(),
                            c.timeZone().getId(),
                            c.venue(),
                            c.status().name(),
                            terms));
        }
        return events.create(
                RegistrationTopic.NAME,
                ConferenceUpdated.TYPE,
                id,
                id,
                new ConferenceUpdated(
                        id,
                        event.resultingVersion(),
                        c.name(),
                        c.startDate(),
                        c.endDate(),
                        c.timeZone().getId(),
                        c.venue(),
                        c.status().name(),
                        terms));
    }
}
