package dev.quorum.guide.committee.messaging;

import dev.quorum.guide.committee.application.CommitteeCatalog;
import dev.quorum.guide.committee.domain.Committee;
import dev.quorum.platform.consumer.EventRouter;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the committee catalog in step with {@code committee.events}. */
@Component
class CommitteeEventsListener {
    /** The rest of committee.events, which this service does not use: skipped quietly, counted. */
    static final String[] NOT_USED = {
        "quorum.committee.VoteRequested.v1",
        "quorum.committee.RollCallRecorded.v1",
        "quorum.committee.SessionOpened.v1",
        "quorum.committee.SessionAdjourned.v1",
        "quorum.committee.SessionChanged.v1",
        "quorum.committee.SpeakersListChanged.v1",
        "quorum.committee.MotionRaised.v1",
        "quorum.committee.MotionResolved.v1",
        "quorum.committee.CaucusStarted.v1",
        "quorum.committee.CaucusEnded.v1"
    };

    private final EventRouter router;
    private final CommitteeCatalog catalog;

    CommitteeEventsListener(EventRouter router, CommitteeCatalog catalog) {
        this.catalog = catalog;
        this.router = router.on(CommitteeCreated.TYPE, CommitteeCreated.class, event -> created(event.data()))
                .on(CommitteeSeatsChanged.TYPE, CommitteeSeatsChanged.class, event -> seatsChanged(event.data()))
                .ignore(NOT_USED);
    }

    @KafkaListener(topics = "committee.events")
    void on(ConsumerRecord<String, CloudEvent> record) {
        router.dispatch(record.value());
    }

    private void created(CommitteeCreated c) {
        catalog.record(new Committee(c.committeeId(), c.conferenceId(), c.name(), c.abbreviation()), c.version());
    }

    private void seatsChanged(CommitteeSeatsChanged c) {
        catalog.touch(c.committeeId(), c.conferenceId(), c.version());
    }
}
