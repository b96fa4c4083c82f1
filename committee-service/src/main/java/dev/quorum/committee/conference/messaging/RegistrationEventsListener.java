package dev.quorum.committee.conference.messaging;

import dev.quorum.committee.conference.application.ConferenceCatalog;
import dev.quorum.committee.conference.domain.Conference;
import dev.quorum.committee.roster.messaging.RosterEvents;
import dev.quorum.platform.consumer.EventRouter;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the conference catalog and the roster in step with {@code registration.events}. */
@Component
class RegistrationEventsListener {
    /** The rest of registration.events, which this service does not use: skipped quietly, counted. */
    static final String[] NOT_USED = {
        "quorum.registration.SchoolApplied.v1",
        "quorum.registration.SchoolAccepted.v1",
        "quorum.registration.SchoolWaitlisted.v1",
        "quorum.registration.SchoolWithdrawn.v1"
    };

    private final EventRouter router;
    private final ConferenceCatalog catalog;

    RegistrationEventsListener(EventRouter router, ConferenceCatalog catalog, RosterEvents roster) {
        this.catalog = catalog;
        this.router = roster.routeOn(router)
                .on(ConferenceCreated.TYPE, ConferenceCreated.class, event -> record(event.data()))
                .on(ConferenceUpdated.TYPE, ConferenceUpdated.class, event -> record(event.data()))
                .ignore(NOT_USED);
    }

    @KafkaListener(topics = "registration.events")
    void on(ConsumerRecord<String, CloudEvent> record) {
        router.dispatch(record.value());
    }

    private void record(ConferenceSnapshot c) {
        catalog.record(
                new Conference(c.conferenceId(), c.name(), c.startDate(), c.endDate(), c.timeZone()), c.version());
    }
}
