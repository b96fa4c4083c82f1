package dev.quorum.voting.seating.messaging;

import dev.quorum.platform.consumer.EventRouter;
import dev.quorum.platform.consumer.IncomingEvent;
import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.voting.seating.application.Seatings;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps voting-service's copy of who sits on which seat, from {@code registration.events}. */
@Component
class RegistrationEventsListener {
    static final String TOPIC = "registration.events";

    private final EventRouter router;

    RegistrationEventsListener(EventRouter router, Seatings seatings) {
        this.router = router.on(DelegateSeating.SEATED, DelegateSeating.class, e -> {
                    DelegateSeating d = e.data();
                    seatings.seated(d.seatId(), d.committeeId(), d.delegateId(), position(e));
                })
                .on(DelegateSeating.UNSEATED, DelegateSeating.class, e -> {
                    DelegateSeating d = e.data();
                    seatings.unseated(d.seatId(), d.committeeId(), d.delegateId(), position(e));
                })
                .ignore(
                        "quorum.registration.ConferenceCreated.v1",
                        "quorum.registration.ConferenceUpdated.v1",
                        "quorum.registration.SchoolApplied.v1",
                        "quorum.registration.SchoolAccepted.v1",
                        "quorum.registration.SchoolWaitlisted.v1",
                        "quorum.registration.SchoolWithdrawn.v1",
                        "quorum.registration.SeatAssigned.v1",
                        "quorum.registration.SeatReleased.v1");
    }

    @KafkaListener(topics = TOPIC)
    void on(ConsumerRecord<String, CloudEvent> record) {
        router.dispatch(record.value());
    }

    /** The event's position in its seat; events from before positions existed use their version. */
    private static String position(IncomingEvent<DelegateSeating> e) {
        return e.position() != null
                ? e.position()
                : PendingEvent.position(e.data().version(), 0);
    }
}
