package dev.quorum.committee.session.messaging;

import dev.quorum.committee.session.application.LiveSessions;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Follows {@code committee.events} for the live streams. Every instance reads the whole topic in a
 * consumer group of its own (the group id carries a random suffix), from the newest offset: a change
 * made through any instance reaches the streams open on every instance, with no sticky sessions.
 * The session id is the events' subject; events of unwatched sessions cost a map lookup (ADR 16).
 */
@Component
class SessionChangeFollower {
    private static final Logger log = LoggerFactory.getLogger(SessionChangeFollower.class);

    private final LiveSessions live;

    SessionChangeFollower(LiveSessions live) {
        this.live = live;
    }

    @KafkaListener(
            id = "session-streams",
            topics = SessionIntegrationEvents.TOPIC,
            groupId = "${spring.application.name}-streams-${random.uuid}",
            properties = "auto.offset.reset=latest")
    void on(ConsumerRecord<String, CloudEvent> record) {
        CloudEvent event = record.value();
        if (event == null || event.getSubject() == null) {
            return;
        }
        try {
            live.changed(event.getSubject());
        } catch (RuntimeException e) {
            // a stream missing one change catches up on the next; never dead-letter a notification
            log.warn("Could not bring the streams of session {} up to date", event.getSubject(), e);
        }
    }
}
