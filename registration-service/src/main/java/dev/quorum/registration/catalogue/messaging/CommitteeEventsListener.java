package dev.quorum.registration.catalogue.messaging;

import dev.quorum.platform.consumer.EventRouter;
import dev.quorum.registration.catalogue.application.CommitteeCatalog;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the committee catalogue in step with {@code committee.events}. */
@Component
class CommitteeEventsListener {
    static final String TOPIC = "committee.events";

    private final EventRouter router;

    CommitteeEventsListener(EventRouter router, CommitteeCatalog catalog) {
        this.router = router.on(
                        CommitteeCreated.TYPE,
                        CommitteeCreated.class,
                        event -> catalog.record(
                                event.data().toCommittee(), event.data().version()))
                .on(CommitteeSeatsChanged.TYPE, CommitteeSeatsChanged.class, event -> {
                    CommitteeSeatsChanged c = event.data();
                    catalog.recordSeats(
                            c.committeeId(),
                            c.conferenceId(),
                            c.delegationSize(),
                            SeatData.toSeats(c.seats()),
                            c.version());
                });
    }

    @KafkaListener(topics = TOPIC)
    void on(ConsumerRecord<String, CloudEvent> record) {
        router.dispatch(record.value());
    }
}
