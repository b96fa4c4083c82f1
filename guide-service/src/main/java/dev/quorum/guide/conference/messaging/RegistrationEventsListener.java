package dev.quorum.guide.conference.messaging;

import dev.quorum.guide.conference.application.ConferenceCatalog;
import dev.quorum.guide.conference.domain.Conference;
import dev.quorum.platform.consumer.EventRouter;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the conference catalog in step with {@code registration.events}. */
@Component
class RegistrationEventsListener {
    private final EventRouter router;

    RegistrationEventsListener(EventRouter router, ConferenceCatalog catalog) {
        this.router = router.on(
                ConferenceCreated.TYPE,
                ConferenceCreated.class,
                event -> catalog.record(
                        new Conference(
                                event.data().conferenceId(),
                                event.data().name(),
                                event.data().startDate(),
                                event.data().endDate(),
                                event.data().timeZone()),
                        event.data().version()));
    }

    @KafkaListener(topics = "registration.events")
    void on(ConsumerRecord<String, CloudEvent> record) {
        router.dispatch(record.value());
    }
}
